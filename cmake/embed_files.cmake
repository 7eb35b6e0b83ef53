# SPDX-License-Identifier: GPL-3.0-or-later
# Writes OUTPUT, a C++ source defining FUNCTION (in NAMESPACE) that returns
# the contents of INPUTS (a ;-list of files) as string views, so data files
# ship inside the program. Run with cmake -P.
set(body "")
foreach(input ${INPUTS})
  file(READ "${input}" content)
  # Raw string literals with a delimiter no data file uses.
  string(APPEND body "        R\"mizan(${content})mizan\",\n")
endforeach()
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUTS}; do not edit.\n#include <string_view>\n#include <vector>\n\nnamespace ${NAMESPACE} {\n\nstd::vector<std::string_view> ${FUNCTION}()\n{\n    return {\n${body}    };\n}\n\n}  // namespace ${NAMESPACE}\n")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUTPUT}.tmp" "${OUTPUT}")
file(REMOVE "${OUTPUT}.tmp")
