# Finds the Debian 12 packages listed in scripts/install-deps.sh and exposes them as targets.
find_package(nlohmann_json 3.11 REQUIRED)
find_package(simdjson REQUIRED)
find_package(Threads REQUIRED)
# MD5 and SHA digests of the expression language (core/expr/eval/eval_hash_functions.cpp).
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
find_package(PkgConfig REQUIRED)
pkg_check_modules(RDKAFKA REQUIRED IMPORTED_TARGET rdkafka)
pkg_check_modules(RDKAFKAXX REQUIRED IMPORTED_TARGET rdkafka++)
# Flink's regular expressions are Java's; PCRE2 (8-bit) reads them more like Java than std::regex.
pkg_check_modules(PCRE2 REQUIRED IMPORTED_TARGET libpcre2-8)
# SSH port forwards through a jump host (runtime/net/ssh_tunnel.cpp).
pkg_check_modules(LIBSSH REQUIRED IMPORTED_TARGET libssh)

# Connector/C++ 1.1 ships neither a CMake config nor a .pc file.
find_path(MYSQLCPPCONN_INCLUDE_DIR mysql_driver.h REQUIRED)
find_library(MYSQLCPPCONN_LIBRARY mysqlcppconn REQUIRED)
add_library(MySQL::ConnectorCpp SHARED IMPORTED)
set_target_properties(MySQL::ConnectorCpp PROPERTIES
  IMPORTED_LOCATION "${MYSQLCPPCONN_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${MYSQLCPPCONN_INCLUDE_DIR}")

if(SW_BUILD_GUI)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Charts Svg Concurrent Test LinguistTools)
  # Secret values typed in the property panel go to the system keychain (target qt6keychain).
  find_package(Qt6Keychain REQUIRED)
  # QScintilla's Qt 6 build ships neither a CMake config nor a .pc file.
  find_path(QSCINTILLA_INCLUDE_DIR Qsci/qsciscintilla.h
            PATHS /usr/include/x86_64-linux-gnu/qt6 /usr/include/qt6 REQUIRED)
  find_library(QSCINTILLA_LIBRARY qscintilla2_qt6 REQUIRED)
  add_library(QScintilla::QScintilla SHARED IMPORTED)
  set_target_properties(QScintilla::QScintilla PROPERTIES
    IMPORTED_LOCATION "${QSCINTILLA_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${QSCINTILLA_INCLUDE_DIR}"
    INTERFACE_COMPILE_DEFINITIONS QSCINTILLA_DLL
    INTERFACE_LINK_LIBRARIES Qt6::Widgets)
endif()

if(SW_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(SW_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()
