"""Learned components: small linear text models (trained with scikit-learn, run in pure Python)."""
