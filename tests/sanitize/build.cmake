# Configures and builds tests/sanitize with clang (cmake -P; the CTest test
# `hardening_build`). Fails, never skips, when clang or its sanitizer runtimes
# are missing: `make test` installs them (tools/install-deps.sh fuzz).
#   -DSRC=tests/sanitize -DBIN=<build dir> -DMAIN_BIN=<main build dir>
find_program(CLANGXX NAMES clang++ clang++-16 clang++-15 clang++-14)
if(NOT CLANGXX)
  message(FATAL_ERROR "clang++ not found. The sanitizer, ThreadSanitizer and fuzz tests need Debian's clang and "
                      "libclang-rt-14-dev: run tools/install-deps.sh fuzz (make test does).")
endif()
cmake_host_system_information(RESULT jobs QUERY NUMBER_OF_LOGICAL_CORES)
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SRC} -B ${BIN} -DCMAKE_CXX_COMPILER=${CLANGXX}
                        -DCMAKE_BUILD_TYPE= -DGEUL_MAIN_BINARY_DIR=${MAIN_BIN}
                RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "configuring the clang sanitizer/fuzz build in ${BIN} failed (see above)")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BIN} -j ${jobs} RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "building the clang sanitizer/fuzz build in ${BIN} failed (see above)")
endif()
