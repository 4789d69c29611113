"""The Kazakh tables of lang/: every Kazakh word or pattern that carries structure or meaning, one
module per topic. The modules of lang/ put the languages' tables together under their public names."""
