"""Russian names of treaty subjects, authorities and offices, by the key that the Kazakh and the Russian name share
(lang/keys.py), and the endings of surnames and patronymics as Russian writes them."""

# Subjects of treaties: a treaty is named by its parties, its year and its subject.
SUBJECTS = {
    "government-communications": r"правительственной\s+связи",
    "classified-information": r"секретной\s+информаци|засекреченной\s+информаци",
    "migration": r"миграци",
    "press-and-information": r"печати\s+и\s+информации",
    "information": r"сотрудничестве\s+в\s+области\s+информации",
    "trade-and-economic-cooperation": r"торгово-экономическ",
    "secure-communications-line": r"защищенной\s+линии\s+связи",
    "nuclear-risk-reduction-centres": r"уменьшению\s+ядерной\s+опасности",
    "strategic-offensive-arms": r"стратегических\s+наступательных",
    "intermediate-and-shorter-range-missiles": r"средней\s+и\s+меньшей\s+дальности",
}
# Authorities: ministries, committees and agencies.
AUTHORITIES = {
    "national-security-committee": r"Комитет\w*\s+национальной\s+безопасности",
    "state-security-committee": r"Комитет\w*\s+государственной\s+безопасности",
    "ministry-of-national-security": r"Министерств\w*\s+национальной\s+безопасности",
    "ministry-of-internal-affairs": r"Министерств\w*\s+внутренних\s+дел",
    "ministry-of-foreign-affairs": r"Министерств\w*\s+иностранных\s+дел",
    "ministry-of-labour-and-social-protection": r"Министерств\w*\s+труда\s+и\s+социальной\s+защиты",
    "ministry-of-culture-information-and-public-accord":
        r"Министерств\w*\s+культуры,\s+информации\s+и\s+общественного\s+согласия",
    "state-press-committee": r"Государственн\w*\s+комитет\w*[^,;]*по\s+печати",
    "state-border-committee": r"Государственн\w*\s+пограничн\w*\s+комитет",
    "ministry-of-defence": r"Министерств\w*\s+обороны",
}
# Offices of the persons who sign or are authorised.
OFFICES = {
    "prime-minister": r"Премьер-Министр",
    "president": r"Президент",
    "minister-of-foreign-affairs": r"Министр\w*\s+иностранных\s+дел",
    "minister-of-economy-and-trade": r"Министр\w*\s+экономики\s+и\s+торговли",
}
# The endings of a surname as Russian writes it ("Иванов", "Иванова", "Тарасенко", "Шеварднадзе", "Петросян")
# and of a patronymic ("Иванович", "Ивановна").
SURNAME_ENDINGS = r"ов|ев|ин|ова|ева|ина|ский|ская|енко|дзе|ян"
PATRONYMIC_ENDINGS = r"вич|вна"
