#include "kinds/node_kind.h"

#include "kinds/option_builder.h"
#include "kinds/port_presets.h"

namespace sw::kinds {

namespace {

constexpr const char* kColumnGroup = "Columns";

// "#" in the id and key stands for each schema column (fields.<column>.kind ...).
OptionBuilder columnOption(const char* suffix, const char* label, ValueType type,
                           const char* generatorKind) {
    const std::string id = std::string("fields.#.") + suffix;
    OptionBuilder option(id, label, type);
    option.perColumn().shapesState().group(kColumnGroup).sqlKey({"datagen"}, id);
    option.visibleWhen("fields.#.kind", {generatorKind});
    return option;
}

std::vector<OptionDescriptor> columnOptions() {
    return {
        OptionBuilder("fields.#.kind", "Generator", ValueType::Enum)
            .allowed({"random", "sequence"})
            .defaultValue("random")
            .perColumn()
            .shapesState()
            .group(kColumnGroup)
            .sqlKey({"datagen"}, "fields.#.kind")
            .help("random draws values; sequence counts from start to end and then ends "
                  "the source."),
        columnOption("min", "Minimum", ValueType::String, "random")
            .help("Smallest random value of a numeric column."),
        columnOption("max", "Maximum", ValueType::String, "random")
            .help("Largest random value of a numeric column."),
        columnOption("length", "Length", ValueType::Int, "random")
            .atLeast(0)
            .help("Length of random strings, or element count of random collections."),
        columnOption("start", "Sequence start", ValueType::Int, "sequence")
            .help("First value of the sequence."),
        columnOption("end", "Sequence end", ValueType::Int, "sequence")
            .help("Last value of the sequence."),
    };
}

}  // namespace

NodeKind datagenSourceKind() {
    NodeKind kind;
    kind.id = "datagen-source";
    kind.label = "Data generator";
    kind.role = NodeRole::Source;
    kind.help = "Produces generated rows for the declared schema, to try a job without real "
                "data.";
    kind.icon = "datagen-source.svg";
    kind.headlineOptions = {"rows-per-second"};
    kind.ports = sourcePorts();
    kind.options = {
        OptionBuilder("rows-per-second", "Rows per second", ValueType::Int)
            .defaultValue("10000")
            .atLeast(1)
            .group("Generator")
            .sqlKey({"datagen"}, "rows-per-second")
            .help("Rate limit of the generator."),
        OptionBuilder("number-of-rows", "Number of rows", ValueType::Int)
            .shapesState()
            .atLeast(0)
            .group("Generator")
            .sqlKey({"datagen"}, "number-of-rows")
            .help("When set, the source is bounded and stops after this many rows."),
    };
    append(kind.options, columnOptions());
    kind.connectors = {{Dialect::AliyunVvr, {"datagen"}}, {Dialect::ApacheFlink, {"datagen"}}};
    kind.hasSchema = true;
    kind.supportsWatermark = true;
    return kind;
}

}  // namespace sw::kinds
