"""`factcheck import | list | mark | export | history`: the review store from the shell."""
