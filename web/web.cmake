# The explorer page as the CMake target `geul_web`: web/ (sources) + the
# WebAssembly build (target geul_wasm) assembled by web/assemble.mjs into
# ${PROJECT_BINARY_DIR}/web (GEUL_WEB_DIR). include() after wasm/wasm.cmake.
include_guard(GLOBAL)

set(GEUL_WEB_DIR ${PROJECT_BINARY_DIR}/web)
file(GLOB _geul_web_sources CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/web/*.html ${PROJECT_SOURCE_DIR}/web/*.js ${PROJECT_SOURCE_DIR}/web/*.css
  ${PROJECT_SOURCE_DIR}/web/samples/*.txt ${PROJECT_SOURCE_DIR}/web/samples/*.md ${PROJECT_SOURCE_DIR}/web/samples/*/*.txt)
add_custom_command(OUTPUT ${GEUL_WEB_DIR}/.assembled
  COMMAND ${GEUL_NODE} ${PROJECT_SOURCE_DIR}/web/assemble.mjs ${PROJECT_SOURCE_DIR}/web ${GEUL_WASM_DIR} ${GEUL_WEB_DIR}
  COMMAND ${CMAKE_COMMAND} -E touch ${GEUL_WEB_DIR}/.assembled
  DEPENDS ${PROJECT_SOURCE_DIR}/web/assemble.mjs ${_geul_web_sources} ${GEUL_WASM_DIR}/geul.single.js
  COMMENT "Assembling the explorer page into ${GEUL_WEB_DIR}"
  VERBATIM)
add_custom_target(geul_web ALL DEPENDS ${GEUL_WEB_DIR}/.assembled)
add_dependencies(geul_web geul_wasm)
