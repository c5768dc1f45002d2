# Installs the browser tests' one npm dependency (playwright-core, pinned in
# tests/browser/package-lock.json) into DEST with `npm ci`, once per lock file.
# No browser is downloaded: the tests drive Debian's chromium.
#   cmake -DNPM=… -DSRC=tests/browser -DDEST=build/browser-deps -P npm_ci.cmake
if(NOT NPM OR NOT EXISTS "${NPM}")
  message(FATAL_ERROR "npm not found: install the browser test tools with `tools/install-deps.sh browser` "
    "(Debian: chromium, npm), then re-run cmake")
endif()
file(SHA256 ${SRC}/package-lock.json lock_hash)
set(stamp ${DEST}/.installed-lock-sha256)
if(EXISTS ${stamp} AND EXISTS ${DEST}/node_modules/playwright-core/package.json)
  file(READ ${stamp} installed)
  if(installed STREQUAL lock_hash)
    message(STATUS "playwright-core is installed in ${DEST}")
    return()
  endif()
endif()
file(MAKE_DIRECTORY ${DEST})
file(COPY ${SRC}/package.json ${SRC}/package-lock.json DESTINATION ${DEST})
set(ENV{PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD} 1)
execute_process(COMMAND ${NPM} ci --no-audit --no-fund --ignore-scripts
  WORKING_DIRECTORY ${DEST} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "npm ci failed in ${DEST} (exit ${rc})")
endif()
file(WRITE ${stamp} ${lock_hash})
