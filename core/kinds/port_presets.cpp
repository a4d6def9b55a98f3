#include "kinds/port_presets.h"

namespace sw::kinds {

namespace {

PortDescriptor input(const char* id, const char* label, bool multiple = false) {
    return PortDescriptor{id, label, true, multiple};
}

PortDescriptor output() { return PortDescriptor{"out", "Output", false, false}; }

}  // namespace

std::vector<PortDescriptor> sourcePorts() { return {output()}; }

std::vector<PortDescriptor> transformPorts() { return {input("in", "Input"), output()}; }

std::vector<PortDescriptor> unionPorts() { return {input("in", "Inputs", true), output()}; }

// The probe side is the stream whose rows are enriched; "out" carries the joined rows.
std::vector<PortDescriptor> lookupPorts() { return {input("probe", "Probe stream"), output()}; }

std::vector<PortDescriptor> sinkPorts() { return {input("in", "Input")}; }

}  // namespace sw::kinds
