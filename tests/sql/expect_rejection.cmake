# Negative test of the grammar checker: run it in its normal mode on SQL_FILE and require the
# exit status 1 plus a FILE:LINE:COL diagnostic, so a crash or a missing bundle cannot pass.
# cmake -DNODE=... -DCHECKER=... -DSQL_FILE=... -P expect_rejection.cmake
execute_process(COMMAND "${NODE}" "${CHECKER}" "${SQL_FILE}"
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 1)
  message(FATAL_ERROR "checker exit status ${status}, expected 1 for ${SQL_FILE}\n${out}${err}")
endif()
string(REGEX MATCH "[^\n]*:[0-9]+:[0-9]+: [^\n]+" diagnostic "${out}")
if(NOT diagnostic)
  message(FATAL_ERROR "checker printed no FILE:LINE:COL diagnostic\n${out}${err}")
endif()
message(STATUS "rejected as expected: ${diagnostic}")
