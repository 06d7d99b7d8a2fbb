# Static archives for the command only (issue 18: one run per file).
#
# A run of pdf2tei on a one-page PDF spends about a tenth of its CPU in the
# dynamic loader: mapping ICU, libxml2, hunspell, Nettle and jemalloc and
# resolving their symbols, which pdftotext never loads. Debian's -dev packages
# ship the static archives of these, so the `pdf2tei` executable links them in
# and loads only Poppler, TBB and the C++ runtime dynamically. Every other
# target (the tests, the fuzzers, the Tesseract module) keeps the shared
# libraries: each test executable would otherwise carry ICU's 30 MB of data.
#
# How: a target that sets the property PDF2TEI_STATIC_DEPS to ON links the
# archives wherever the pkg-config targets below would give it the shared
# library, through the dependencies of the static libraries it links too.
# `$<TARGET_PROPERTY:PDF2TEI_STATIC_DEPS>` in a link interface is read on the
# target being linked. Without the archives the shared libraries are used.

set(_pdf2tei_static "$<BOOL:$<TARGET_PROPERTY:PDF2TEI_STATIC_DEPS>>")

# pdf2tei_prefer_static(TARGET ARCHIVES names... SYSTEM libs...)
# TARGET: an imported target from pkg_check_modules. ARCHIVES: the lib<name>.a
# files, in link order. SYSTEM: what the archives need besides (-lm, ...).
function(pdf2tei_prefer_static target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "ARCHIVES;SYSTEM")
  set(archives)
  foreach(name IN LISTS arg_ARCHIVES)
    unset(found)
    find_library(found NAMES lib${name}.a NO_CACHE)
    if(NOT found)
      message(STATUS "pdf2tei: lib${name}.a not found; ${target} stays shared in the command")
      return()
    endif()
    list(APPEND archives "${found}")
  endforeach()
  get_target_property(shared ${target} INTERFACE_LINK_LIBRARIES)
  set(links)
  foreach(item IN LISTS shared)
    list(APPEND links "$<$<NOT:${_pdf2tei_static}>:${item}>")
  endforeach()
  foreach(item IN LISTS archives arg_SYSTEM)
    list(APPEND links "$<${_pdf2tei_static}:${item}>")
  endforeach()
  set_target_properties(${target} PROPERTIES INTERFACE_LINK_LIBRARIES "${links}")
endfunction()
