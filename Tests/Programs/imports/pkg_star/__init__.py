__all__ = ["public", "also_public", "_private_but_listed"]
public = "public"
also_public = "also public"
not_listed = "not listed"
_private_but_listed = "private but listed"
