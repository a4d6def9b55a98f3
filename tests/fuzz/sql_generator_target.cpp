#include "fuzz_targets.h"
#include "generated_script.h"
#include "model/job_file.h"
#include "sql/generator.h"
#include "validate/validator.h"

namespace sw::fuzz {

std::string generateSqlForValidJob(std::string_view input) {
    auto job = model::parseJob(input);
    if (!job) return {};
    for (kinds::Dialect dialect : {kinds::Dialect::AliyunVvr, kinds::Dialect::ApacheFlink}) {
        if (analysis::hasErrors(validate::validateJob(*job, dialect))) continue;
        const sql::GeneratedSql sql = sql::generateSql(*job, dialect);
        const std::string where = std::string(" (") + kinds::toString(dialect) + ")";
        if (sql.text.empty()) return "no SQL for a valid job" + where;
        if (sql.statements.empty()) return "no statement for a valid job" + where;
        const std::vector<std::string_view> lines = scriptLines(sql.text);
        for (const sql::GeneratedStatement& statement : sql.statements) {
            if (statement.firstLine < 0 || statement.lastLine < statement.firstLine ||
                statement.lastLine >= static_cast<int>(lines.size()))
                return "statement lines " + std::to_string(statement.firstLine) + ".." +
                       std::to_string(statement.lastLine) + " are outside the script" + where;
            const std::string_view last = lines[statement.lastLine];
            if (statement.firstLine == statement.lastLine && opensStatementSet(last)) continue;
            if (last.empty() || last.back() != ';')
                return "statement ending on line " + std::to_string(statement.lastLine + 1) +
                       " is not terminated by ';'" + where;
        }
    }
    return {};
}

}  // namespace sw::fuzz
