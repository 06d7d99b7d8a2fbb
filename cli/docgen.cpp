// pdf2tei-docgen: prints what the option table documents, for
// scripts/update-docs: --man (man/pdf2tei.1) or --readme (README's table).
#include <cstring>
#include <iostream>

#include "options.hpp"

int main(int argc, char** argv) {
    if (argc == 2 && std::strcmp(argv[1], "--man") == 0) {
        std::cout << pdf2tei::cli::man_page();
        return 0;
    }
    if (argc == 2 && std::strcmp(argv[1], "--readme") == 0) {
        std::cout << pdf2tei::cli::readme_table();
        return 0;
    }
    std::cerr << "usage: pdf2tei-docgen --man|--readme\n";
    return 2;
}
