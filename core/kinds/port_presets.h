#pragma once
// Port layouts shared by node kinds of the same shape, so port ids are spelled in one place.

#include <vector>

#include "kinds/node_kind.h"

namespace sw::kinds {

std::vector<PortDescriptor> sourcePorts();     // out
std::vector<PortDescriptor> transformPorts();  // in, out
std::vector<PortDescriptor> unionPorts();      // in (several edges), out
std::vector<PortDescriptor> lookupPorts();     // probe, out
std::vector<PortDescriptor> sinkPorts();       // in

}  // namespace sw::kinds
