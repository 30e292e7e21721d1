"""Dev sites of the unseen-CMS benchmark: developers may read and tune on these."""
