"""UN conventions of the six official languages, as data, for the random
corpus (random_docs.py). One table per language; every table has every key
(tests/integration/corpus_languages.sh checks it).

The words are those of real UN documents: the masthead of a General Assembly
resolution, the session and agenda lines, the opening formula, the closing
lines, the job-number suffix, and the shapes of footnote references. Texts
themselves come from the Universal Declaration of Human Rights (udhr.py).
"""

import re

NBSP = "\u00a0"
NNBSP = "\u202f"

# Session ordinals 71..80, one list per language (index 0 = 71st).
_SESSION_EN = ["Seventy-first", "Seventy-second", "Seventy-third", "Seventy-fourth", "Seventy-fifth",
               "Seventy-sixth", "Seventy-seventh", "Seventy-eighth", "Seventy-ninth", "Eightieth"]
_SESSION_FR = ["Soixante et onzième", "Soixante-douzième", "Soixante-treizième", "Soixante-quatorzième",
               "Soixante-quinzième", "Soixante-seizième", "Soixante-dix-septième", "Soixante-dix-huitième",
               "Soixante-dix-neuvième", "Quatre-vingtième"]
_SESSION_ES = ["Septuagésimo primer", "Septuagésimo segundo", "Septuagésimo tercer", "Septuagésimo cuarto",
               "Septuagésimo quinto", "Septuagésimo sexto", "Septuagésimo séptimo", "Septuagésimo octavo",
               "Septuagésimo noveno", "Octogésimo"]
_SESSION_RU = ["Семьдесят первая", "Семьдесят вторая", "Семьдесят третья", "Семьдесят четвертая",
               "Семьдесят пятая", "Семьдесят шестая", "Семьдесят седьмая", "Семьдесят восьмая",
               "Семьдесят девятая", "Восьмидесятая"]
_SESSION_AR = ["الحادية والسبعون", "الثانية والسبعون", "الثالثة والسبعون", "الرابعة والسبعون", "الخامسة والسبعون",
               "السادسة والسبعون", "السابعة والسبعون", "الثامنة والسبعون", "التاسعة والسبعون", "الثمانون"]
_SESSION_ZH = ["七十一", "七十二", "七十三", "七十四", "七十五", "七十六", "七十七", "七十八", "七十九", "八十"]

_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    # Genitive, as in a date.
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"],
    # The UN's Arabic names both calendars' month: "كانون الأول/ديسمبر".
    "ar": ["كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيه",
           "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر",
           "كانون الأول/ديسمبر"],
    "zh": [f"{m}月" for m in range(1, 13)],
}


def _date_en(d, m, y):
    return f"{d} {_MONTHS['en'][m - 1]} {y}"


def _date_fr(d, m, y):
    return f"{'1er' if d == 1 else d} {_MONTHS['fr'][m - 1]} {y}"


def _date_es(d, m, y):
    return f"{d} de {_MONTHS['es'][m - 1]} de {y}"


def _date_ru(d, m, y):
    return f"{d} {_MONTHS['ru'][m - 1]} {y} года"


def _date_ar(d, m, y):
    return f"{d} {_MONTHS['ar'][m - 1]} {y}"


def _date_zh(d, m, y):
    return f"{y}年{m}月{d}日"


LANGUAGES = {
    "en": {
        "udhr": "eng", "table": "Table", "script": "latin", "rtl": False, "tesseract": "eng", "babel": "english",
        "notes_heading": "Notes",
        "job_suffix": "(E)",
        "un": "United Nations", "organ": "General Assembly", "distribution": "Distr.: General",
        "session": lambda i: f"{_SESSION_EN[i]} session",
        "agenda": lambda n: f"Agenda item {n}",
        "adopted": lambda date: f"Resolution adopted by the General Assembly on {date}",
        "opening": "The General Assembly,",
        "plenary": lambda n: f"{n}th plenary meeting",
        "date": _date_en,
        "operative_label": lambda n: f"{n}.",
        "report_title": "Report of the Secretary-General",
        "notes": ["Resolution 217 A (III).",
                  "See Official Records of the General Assembly, {session} Session, Supplement No. {k} (A/{s}/{k}).",
                  "United Nations, Treaty Series, vol. {vol}, No. {no}.",
                  "A/{s}/{doc}, annex."],
        "table_head": ["Article", "Provisions", "Reports", "Reviews"],
    },
    "fr": {
        "udhr": "fra", "table": "Tableau", "script": "latin", "rtl": False, "tesseract": "fra", "babel": "french",
        "notes_heading": "Notes",
        "job_suffix": "(F)",
        "un": "Nations Unies", "organ": "Assemblée générale", "distribution": "Distr. générale",
        "session": lambda i: f"{_SESSION_FR[i]} session",
        "agenda": lambda n: f"Point {n} de l’ordre du jour",
        "adopted": lambda date: f"Résolution adoptée par l’Assemblée générale le {date}",
        "opening": "L’Assemblée générale,",
        "plenary": lambda n: f"{n}e séance plénière",
        "date": _date_fr,
        "operative_label": lambda n: f"{n}.",
        "report_title": "Rapport du Secrétaire général",
        "notes": ["Résolution 217 A (III).",
                  "Voir Documents officiels de l’Assemblée générale, {session} session, Supplément no {k} (A/{s}/{k}).",
                  "Nations Unies, Recueil des Traités, vol. {vol}, no {no}.",
                  "A/{s}/{doc}, annexe."],
        "table_head": ["Article", "Dispositions", "Rapports", "Examens"],
    },
    "es": {
        "udhr": "spa", "table": "Cuadro", "script": "latin", "rtl": False, "tesseract": "spa", "babel": "spanish",
        "notes_heading": "Notas",
        "job_suffix": "(S)",
        "un": "Naciones Unidas", "organ": "Asamblea General", "distribution": "Distr. general",
        "session": lambda i: f"{_SESSION_ES[i]} período de sesiones",
        "agenda": lambda n: f"Tema {n} del programa",
        "adopted": lambda date: f"Resolución aprobada por la Asamblea General el {date}",
        "opening": "La Asamblea General,",
        "plenary": lambda n: f"{n}a sesión plenaria",
        "date": _date_es,
        "operative_label": lambda n: f"{n}.",
        "report_title": "Informe del Secretario General",
        "notes": ["Resolución 217 A (III).",
                  "Véase Documentos Oficiales de la Asamblea General, {session} período de sesiones, Suplemento núm. {k} (A/{s}/{k}).",
                  "Naciones Unidas, Treaty Series, vol. {vol}, núm. {no}.",
                  "A/{s}/{doc}, anexo."],
        "table_head": ["Artículo", "Disposiciones", "Informes", "Exámenes"],
    },
    "ru": {
        "udhr": "rus", "table": "Таблица", "script": "cyrillic", "rtl": False, "tesseract": "rus", "babel": "russian",
        "notes_heading": "Примечания",
        "job_suffix": "(R)",
        "un": "Организация Объединенных Наций", "organ": "Генеральная Ассамблея", "distribution": "Distr.: General",
        "session": lambda i: f"{_SESSION_RU[i]} сессия",
        "agenda": lambda n: f"Пункт {n} повестки дня",
        "adopted": lambda date: f"Резолюция, принятая Генеральной Ассамблеей {date}",
        "opening": "Генеральная Ассамблея,",
        "plenary": lambda n: f"{n}-е пленарное заседание",
        "date": _date_ru,
        "operative_label": lambda n: f"{n}.",
        "report_title": "Доклад Генерального секретаря",
        "notes": ["Резолюция 217 A (III).",
                  "См. Официальные отчеты Генеральной Ассамблеи, {session} сессия, Дополнение № {k} (A/{s}/{k}).",
                  "United Nations, Treaty Series, vol. {vol}, No. {no}.",
                  "A/{s}/{doc}, приложение."],
        "table_head": ["Статья", "Положения", "Доклады", "Обзоры"],
    },
    "ar": {
        "udhr": "arb", "table": "الجدول", "script": "arabic", "rtl": True, "tesseract": "ara", "babel": "arabic",
        "notes_heading": "الحواشي",
        "job_suffix": "(A)",
        "un": "الأمم المتحدة", "organ": "الجمعية العامة", "distribution": "Distr.: General",
        "session": lambda i: f"الدورة {_SESSION_AR[i]}",
        "agenda": lambda n: f"البند {n} من جدول الأعمال",
        "adopted": lambda date: f"قرار اتخذته الجمعية العامة في {date}",
        "opening": "إن الجمعية العامة،",
        "plenary": lambda n: f"الجلسة العامة {n}",
        "date": _date_ar,
        # Arabic UN documents number operative paragraphs "1 -".
        "operative_label": lambda n: f"{n} -",
        "report_title": "تقرير الأمين العام",
        "notes": ["القرار 217 ألف (د-3).",
                  "انظر الوثائق الرسمية للجمعية العامة، الدورة {session}، الملحق رقم {k} (A/{s}/{k}).",
                  "الأمم المتحدة، مجموعة المعاهدات، المجلد {vol}، الرقم {no}.",
                  "A/{s}/{doc}، المرفق."],
        "table_head": ["المادة", "الأحكام", "التقارير", "الاستعراضات"],
    },
    "zh": {
        "udhr": "cmn_hans", "table": "表", "script": "han", "rtl": False, "tesseract": "chi_sim", "babel": "chinese",
        "notes_heading": "注",
        "job_suffix": "(C)",
        "un": "联合国", "organ": "大会", "distribution": "Distr.: General",
        "session": lambda i: f"第{_SESSION_ZH[i]}届会议",
        "agenda": lambda n: f"议程项目{n}",
        "adopted": lambda date: f"{date}大会决议",
        "opening": "大会，",
        "plenary": lambda n: f"第{n}次全体会议",
        "date": _date_zh,
        "operative_label": lambda n: f"{n}.",
        "report_title": "秘书长的报告",
        "notes": ["第217 A (III)号决议。",
                  "见《大会正式记录，第{session}届会议，补编第{k}号》(A/{s}/{k})。",
                  "联合国，《条约汇编》，第{vol}卷，第{no}号。",
                  "A/{s}/{doc}，附件。"],
        "table_head": ["条款", "规定", "报告", "审查"],
    },
}

def french_text(s):
    """French typography as it should be read: a narrow no-break space
    before ; ! ? and a no-break space before : and inside « »."""
    s = re.sub(r" ([;!?])", NNBSP + r"\1", s)
    s = re.sub(r" :", NBSP + ":", s)
    s = re.sub(r"« ", "«" + NBSP, s)
    return re.sub(r" »", NBSP + "»", s)


REQUIRED_KEYS = set(LANGUAGES["en"])
assert all(set(t) == REQUIRED_KEYS for t in LANGUAGES.values()), "every language table has every key"


def session_name(lang, index):
    """The bare session ordinal, as a footnote cites it."""
    return {"en": _SESSION_EN, "fr": _SESSION_FR, "es": _SESSION_ES, "ru": _SESSION_RU, "ar": _SESSION_AR,
            "zh": _SESSION_ZH}[lang][index]
