#include "pdf2tei/ocr/word_boxes.hpp"

#include "pdf2tei/text.hpp"

namespace pdf2tei::ocr {

void end_words_at_the_next(std::vector<Word>& words, std::size_t begin, std::size_t end) {
    for (std::size_t k = begin; k + 1 < end && k + 1 < words.size(); ++k) {
        Word& w = words[k];
        const Box& next = words[k + 1].box;
        if (text_direction(w.text) != Direction::RightToLeft && w.box.x0 < next.x0 && w.box.x1 > next.x0) w.box.x1 = next.x0;
    }
}

}  // namespace pdf2tei::ocr
