# Regenerates a committed file and fails unless it is byte-identical.
execute_process(COMMAND ${PYTHON} ${SCRIPT} --output ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${SCRIPT} failed (${rc})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${COMMITTED} RESULT_VARIABLE diff)
if(NOT diff EQUAL 0)
  message(FATAL_ERROR "${COMMITTED} differs from a fresh run of ${SCRIPT}; regenerate and commit it")
endif()
