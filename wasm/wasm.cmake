# geul's WebAssembly module as the CMake target `geul_wasm` (built by wasm/build.sh
# with Debian's Emscripten). include() it from any directory of the geul build;
# outputs land in ${PROJECT_BINARY_DIR}/wasm (GEUL_WASM_DIR). See wasm/README.md.
include_guard(GLOBAL)

# Both are required: whoever builds the module also runs its node tests, and CI
# must not skip them silently.
find_program(GEUL_EMXX NAMES em++)
find_program(GEUL_NODE NAMES node nodejs)
if(NOT GEUL_EMXX OR NOT GEUL_NODE OR NOT EXISTS "${GEUL_EMXX}" OR NOT EXISTS "${GEUL_NODE}")
  message(FATAL_ERROR "geul: the WebAssembly build and its tests need Emscripten (em++) and Node.js; "
    "install them with `tools/install-deps.sh wasm` (Debian: emscripten, nodejs), "
    "or configure with -DGEUL_BUILD_WASM=OFF to build without them.")
endif()

set(GEUL_WASM_OPT "-Oz" CACHE STRING "Emscripten optimization level of the WebAssembly module (-Oz with inlining: within the 350 KB gzip budget; -O3 is 1.4x faster on some operations and 1.5x the size; see wasm/README.md)")
set(GEUL_WASM_DIR ${PROJECT_BINARY_DIR}/wasm)

# utfcpp's include directory (holding utf8/core.h) without the rest of /usr/include:
# host libc headers must not leak into the Emscripten sysroot.
set(_geul_utfcpp_include "")
if(TARGET utf8cpp)
  get_target_property(_geul_utfcpp_dirs utf8cpp INTERFACE_INCLUDE_DIRECTORIES)
  foreach(dir IN LISTS _geul_utfcpp_dirs)
    if(EXISTS ${dir}/utf8/core.h)
      set(_geul_utfcpp_include ${dir})
    endif()
  endforeach()
endif()
if(NOT _geul_utfcpp_include)
  message(FATAL_ERROR "geul: cannot find utfcpp's utf8/core.h for the WebAssembly build")
endif()

file(GLOB_RECURSE _geul_wasm_headers CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/include/geul/*.hpp)
set(_geul_wasm_outputs
  ${GEUL_WASM_DIR}/geul-core.js ${GEUL_WASM_DIR}/geul-core.wasm ${GEUL_WASM_DIR}/geul.single.js
  ${GEUL_WASM_DIR}/geul.js ${GEUL_WASM_DIR}/geul.d.ts ${GEUL_WASM_DIR}/package.json)
add_custom_command(OUTPUT ${_geul_wasm_outputs}
  COMMAND ${CMAKE_COMMAND} -E env EMXX=${GEUL_EMXX} UTFCPP_INCLUDE=${_geul_utfcpp_include}
          bash ${PROJECT_SOURCE_DIR}/wasm/build.sh ${GEUL_WASM_DIR} ${GEUL_WASM_OPT}
  DEPENDS ${PROJECT_SOURCE_DIR}/wasm/build.sh ${PROJECT_SOURCE_DIR}/wasm/bindings.cpp
          ${PROJECT_SOURCE_DIR}/wasm/geul.js ${PROJECT_SOURCE_DIR}/wasm/geul.d.ts ${_geul_wasm_headers}
  COMMENT "Building the WebAssembly module (em++ ${GEUL_WASM_OPT}) into ${GEUL_WASM_DIR}"
  VERBATIM)
add_custom_target(geul_wasm ALL DEPENDS ${_geul_wasm_outputs})
