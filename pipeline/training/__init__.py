"""Training the claim classifier (``pipeline.extract.classifier``) from the annotated corpus:
``make train`` runs ``python -m pipeline.training``. Needs the development dependencies
(scikit-learn); extraction never imports this package."""
