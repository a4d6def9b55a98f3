#include "generated_script.h"

#include <algorithm>

namespace sw::fuzz {

std::vector<std::string_view> scriptLines(std::string_view text) {
    std::vector<std::string_view> lines;
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

bool opensStatementSet(std::string_view line) {
    return line == "EXECUTE STATEMENT SET BEGIN" || line == "BEGIN STATEMENT SET;";
}

std::size_t executedStatementCount(const sql::GeneratedSql& sql) {
    const std::vector<std::string_view> lines = scriptLines(sql.text);
    std::size_t count = 0;
    bool inSet = false;
    for (const sql::GeneratedStatement& statement : sql.statements) {
        const std::string_view first = lines.at(statement.firstLine);
        if (inSet) {
            inSet = first != "END;";
        } else {
            ++count;
            inSet = opensStatementSet(first);
        }
    }
    return count;
}

}  // namespace sw::fuzz
