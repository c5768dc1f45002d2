# Fails when a public header declares mutable state with static storage:
# a `static` or `thread_local` variable that is not const/constexpr (at
# namespace scope, in a class or in a function), or a non-const `inline`
# variable. geul promises thread-safe calls without locks (docs/reliability.md);
# the ThreadSanitizer test checks the same at run time.
file(GLOB_RECURSE headers ${DIR}/*.hpp)
set(bad "")
foreach(h ${headers})
  # One list element per line: ';' and brackets would confuse CMake's lists.
  file(READ ${h} content)
  string(REPLACE ";" "<semicolon>" content "${content}")
  string(REPLACE "[" "<" content "${content}")
  string(REPLACE "]" ">" content "${content}")
  string(REPLACE "\n" ";" lines "${content}")
  foreach(line ${lines})
    if(NOT line MATCHES "^[ \t]*(static|thread_local|inline)[ \t]")
      continue()
    endif()
    string(REGEX REPLACE "//.*$" "" code "${line}")
    if(code MATCHES "constexpr|[ \t]const[ \t]|^[ \t]*static_assert|^[ \t]*(static[ \t]+)?inline[ \t]+namespace")
      continue()
    endif()
    # A function: its parameter list opens before any initializer or the end.
    string(REGEX MATCH "^[^=;{]*\\(" is_function "${code}")
    if(is_function)
      continue()
    endif()
    if(code MATCHES "^[ \t]*thread_local" OR code MATCHES "^[ \t]*static[ \t]" OR code MATCHES "=|<semicolon>")
      list(APPEND bad "${h}: ${line}")
    endif()
  endforeach()
endforeach()
if(bad)
  string(REPLACE ";" "\n" bad "${bad}")
  message(FATAL_ERROR "mutable static or global state in public headers:\n${bad}")
endif()
list(LENGTH headers n)
message(STATUS "no mutable static state in ${n} headers")
