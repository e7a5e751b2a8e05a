// Small string helpers shared by the services.
#pragma once

#include <string>

namespace gk {

// Without leading and trailing ASCII white space.
std::string Trim(std::string s);

}  // namespace gk
