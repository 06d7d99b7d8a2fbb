// Chinese (simplified, as the UN writes it): what pdf2tei knows of it. See
// pdf2tei/language_table.hpp for what each field is for.
#include "tables.hpp"

namespace pdf2tei::languages {

const LanguageTable& chinese() {
    using W = MastheadWording;
    static const LanguageTable table{
        .tag = "zh",
        .tesseract = "chi_sim",
        // Characters in dictionary words of two or more are 0.72-0.79 of a
        // page's Han on dev seeds 7-9 (clean and endnotes), its scrambled
        // layers 0.20 (common characters drawn at random pair into words too).
        .words_by_dictionary = true,
        .letter_soup_bar = 0.45,
        // No division words: chapters and articles are "第一章", "第六条",
        // the number inside the word, and no word stands before it.
        .annex_words = {"附件"},
        .table_words = {"表"},
        .table_word_joined = true,  // "表1"
        .masthead =
            {
                W{W::Exact, "联合国", "un"},
                W{W::Exact, "大会", "organ"},
                W{W::Exact, "安全理事会", "organ"},
                W{W::Exact, "第一委员会", "committee"},
                W{W::Exact, "第二委员会", "committee"},
                W{W::Exact, "第三委员会", "committee"},
                W{W::Exact, "第四委员会", "committee"},
                W{W::Exact, "第五委员会", "committee"},
                W{W::Exact, "第六委员会", "committee"},
                W{W::Exact, "特别政治和非殖民化委员会（第四委员会）", "committee"},
                W{W::Suffix, "届会议", "session"},
                W{W::Prefix, "议程项目", "agenda"},
                W{W::Exact, "秘书长的报告", "author"},
                W{W::Suffix, "大会决议", "adoption"},
            },
        .opening_formulas = {"大会，", "安全理事会，"},
        .formula_comma = "，",
        .draft_kinds = {"决议草案", "决定草案"},
        .meeting_words = {"次全体会议"},
        // The UN's Chinese resolutions' commonest leads.
        .lead_words = {"鉴于", "回顾", "重申", "注意到", "确认", "认识到", "深信", "铭记", "考虑到", "欢迎", "强调",
                       "表示", "决定", "请", "呼吁", "敦促", "鼓励", "促请", "吁请", "赞赏"},
        .numeric_date = R"(^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$)",  // "2025年7月8日"
        .number_words = {"第"},
    };
    return table;
}

}  // namespace pdf2tei::languages
