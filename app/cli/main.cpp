// streamwright-cli: validate and export jobs from scripts and CI.
#include <iostream>

#include "cli/cli_commands.h"

int main(int argc, char** argv) {
    return sw::cli::runCli(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
