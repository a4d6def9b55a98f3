#pragma once
// The MySQL client and server error codes (errmsg.h, mysqld_error.h) our messages and failure
// classes tell apart; Connector/C++ reports them as sql::SQLException::getErrorCode().

namespace sw::runtime::mysql_error {

inline constexpr int kServerShutdown = 1053;  // a statement reaching a server already shutting down
inline constexpr int kDatabaseAccessDenied = 1044;
inline constexpr int kAccessDenied = 1045;
inline constexpr int kUnknownDatabase = 1049;
inline constexpr int kBadField = 1054;
inline constexpr int kNoSuchTable = 1146;
inline constexpr int kConnectionError = 2002;  // local socket, or a TCP connect that failed
inline constexpr int kConnHostError = 2003;
inline constexpr int kUnknownHost = 2005;      // carries getaddrinfo's code: -3 is EAI_AGAIN
inline constexpr int kServerGone = 2006;
inline constexpr int kServerLost = 2013;
inline constexpr int kSslConnectionError = 2026;  // a failed handshake when connecting, a broken session afterwards
inline constexpr int kServerLostExtended = 2055;

}  // namespace sw::runtime::mysql_error
