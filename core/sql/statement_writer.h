#pragma once
// StatementWriter: builds the script text line by line and records which lines each statement spans.

#include <string>
#include <string_view>
#include <vector>

#include "sql/generator.h"

namespace sw::sql {

// `text` made safe for a `--` comment: line breaks and other control characters become spaces,
// so no user text can end the comment and start SQL of its own.
std::string commentSafe(std::string_view text);

class StatementWriter {
public:
    // A `-- text` line (text passed through commentSafe); part of the open statement, if any.
    void comment(std::string_view text);
    void blankLine();

    // Lines written until endStatement() belong to one statement attributed to `nodeId`.
    void beginStatement(std::string nodeId);
    void line(std::string_view text);
    void endStatement();
    // A whole statement at once.
    void statement(std::string nodeId, const std::vector<std::string>& lines);

    // Appends another writer's text, shifting its statements' line numbers.
    void append(const StatementWriter& other);

    int lineCount() const { return lineCount_; }
    const std::string& text() const { return text_; }
    const std::vector<GeneratedStatement>& statements() const { return statements_; }

private:
    void write(std::string_view text);

    std::string text_;
    int lineCount_ = 0;
    std::vector<GeneratedStatement> statements_;
    bool open_ = false;
};

}  // namespace sw::sql
