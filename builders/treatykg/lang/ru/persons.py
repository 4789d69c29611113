"""The Russian wording of persons in acts (lang/person_wording.py puts the languages together): who is authorised
to sign or conclude a treaty, and the accusative of a name."""

from __future__ import annotations

# "Уполномочить Есенбаева Мажита Тулеубековича - Министра экономики и торговли Республики Казахстан заключить",
# "Уполномочить Министра иностранных дел Республики Казахстан Иванова Ивана Ивановича подписать".
AUTHORISE = r"Уполномочить"
SIGN_OR_CONCLUDE = r"(?:подписать|заключить)"
# The offices an authorised person holds, first in the office (in the accusative).
AUTHORISED_OFFICES = r"(?:Министра|Председателя|Заместителя|Посла|Руководителя|Премьер-Министра)"
# A body of the state charged to conclude or sign the treaty on the Government's behalf (in the dative):
# "Министерству иностранных дел Республики Казахстан провести переговоры … и … заключить от имени Правительства
# Республики Казахстан указанное Соглашение".
BODY = r"(?:Министерству|Комитету|Агентству|Посольству|Национальному\s+[Бб]анку)"
# A body of the state charged to conclude or sign the treaty on the Government's behalf.
STATE = r"Республики\s+Казахстан"
ON_GOVERNMENTS_BEHALF = r"(?:заключить|подписать)\s+от\s+имени\s+Правительства"
ON_BEHALF_CUE = "от имени"
# A man's name in the accusative: the patronymic's ending ("Тулеубековича"), and the "а" after a consonant that the
# accusative adds to each word ("Есенбаева Мажита").
ACCUSATIVE_A = r"(?<=[бвгджзклмнпрстфхцчшщ])а$"
PATRONYMIC_ACCUSATIVE = "ича"
