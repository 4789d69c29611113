"""Kazakh names of treaty subjects, authorities and offices, by the key that the Kazakh and the Russian name share
(lang/keys.py), and the endings of Kazakh surnames and patronymics."""

# Subjects of treaties: a treaty is named by its parties, its year and its subject.
SUBJECTS = {
    "government-communications": r"үкіметтік\s+байланыс",
    "classified-information": r"құпия\s+ақпарат",
    "migration": r"көші-қон",
    "press-and-information": r"баспасөз\s+және\s+ақпарат",
    "information": r"ақпарат\s+саласындағы\s+ынтымақтастығы",
    "trade-and-economic-cooperation": r"сауда-экономикалық",
    "secure-communications-line": r"қорғалған\s+байланыс\s+желісін",
    "nuclear-risk-reduction-centres": r"ядролық\s+қауіпті\s+азайту",
    "strategic-offensive-arms": r"стратегиялық\s+шабуыл",
    "intermediate-and-shorter-range-missiles": r"орта\s+және\s+кіші\s+қашықтықтағы",
}
# Authorities: ministries, committees and agencies.
AUTHORITIES = {
    "national-security-committee": r"Ұлттық\s+қауіпсіздік\s+комитет",
    "state-security-committee": r"Мемлекеттік\s+қауіпсіздік\s+комитет",
    "ministry-of-national-security": r"Ұлттық\s+қауіпсіздік\s+министрлі",
    "ministry-of-internal-affairs": r"Ішкі\s+істер\s+министрлі",
    "ministry-of-foreign-affairs": r"Сыртқы\s+істер\s+министрлі",
    "ministry-of-labour-and-social-protection": r"Еңбек\s+және\s+халықты\s+әлеуметтік\s+қорғау\s+министрлі",
    "ministry-of-culture-information-and-public-accord": r"Мәдениет,\s+ақпарат\s+және\s+қоғамдық\s+келісім\s+министрлі",
    "state-press-committee": r"Мемлекеттік\s+баспасөз\s+комитет",
    "state-border-committee": r"Мемлекеттік\s+шекара\s+комитет",
    "ministry-of-defence": r"Қорғаныс\s+министрлі",
}
# Offices of the persons who sign or are authorised.
OFFICES = {
    "prime-minister": r"Премьер-Министр",
    "president": r"Президент",
    "minister-of-foreign-affairs": r"Сыртқы\s+істер\s+министрі",
    "minister-of-economy-and-trade": r"Экономика\s+және\s+сауда\s+министрі",
}
# The endings of a Kazakh surname or patronymic ("Хозеұлы", written "-улы" too; "-қызы").
SURNAME_ENDINGS = r"ұлы|улы"
PATRONYMIC_ENDINGS = r"ұлы|улы|қызы"
