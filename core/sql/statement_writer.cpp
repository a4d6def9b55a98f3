#include "sql/statement_writer.h"

#include <algorithm>
#include <cassert>

namespace sw::sql {

std::string commentSafe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7f) {
            out += ' ';
        } else if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x85) {
            out += ' ';  // U+0085 NEXT LINE: some editors break the line there
            ++i;
        } else if (c == 0xe2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(text[i + 2]) & 0xfe) == 0xa8) {
            out += ' ';  // U+2028 / U+2029 line and paragraph separators, for the same reason
            i += 2;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

void StatementWriter::comment(std::string_view text) {
    const std::string safe = commentSafe(text);
    write(safe.empty() ? "--" : "-- " + safe);
}

void StatementWriter::blankLine() { write(""); }

void StatementWriter::beginStatement(std::string nodeId) {
    assert(!open_ && "statements do not nest");
    statements_.push_back({std::move(nodeId), lineCount_, lineCount_});
    open_ = true;
}

void StatementWriter::line(std::string_view text) { write(text); }

void StatementWriter::endStatement() {
    assert(open_ && "endStatement without beginStatement");
    statements_.back().lastLine = std::max(statements_.back().firstLine, lineCount_ - 1);
    open_ = false;
}

void StatementWriter::statement(std::string nodeId, const std::vector<std::string>& lines) {
    beginStatement(std::move(nodeId));
    for (const std::string& text : lines) line(text);
    endStatement();
}

void StatementWriter::append(const StatementWriter& other) {
    assert(!open_ && !other.open_);
    for (GeneratedStatement statement : other.statements_) {
        statement.firstLine += lineCount_;
        statement.lastLine += lineCount_;
        statements_.push_back(std::move(statement));
    }
    text_ += other.text_;
    lineCount_ += other.lineCount_;
}

void StatementWriter::write(std::string_view text) {
    // A quoted literal may itself hold line breaks; count them so line ranges stay exact.
    text_ += text;
    text_ += '\n';
    lineCount_ += 1 + static_cast<int>(std::ranges::count(text, '\n'));
}

}  // namespace sw::sql
