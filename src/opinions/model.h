// 舆情 (public-opinion events, issue 9; work plan 一(四)): what the public is
// discussing about the agency's work, registered when found, assessed, and
// answered (回应) through a channel on the time the State Council sets; the
// register is the staff's own — the answers themselves are published where
// they belong (a 新闻发布会, the catalogue, the agency's accounts). Plain
// structs and their codes; the rules are rules.h, the service service.h.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gk::opinions {

//   open ──respond──▶ responded ──close──▶ closed
enum class State { kOpen, kResponded, kClosed };
const char* StateCode(State s);   // "open"
const char* StateLabel(State s);  // "待回应"
bool ParseState(std::string_view code, State* out);

// 国办发〔2016〕61号 distinguishes 特别重大、重大突发事件 from the rest.
enum class Level { kGeneral, kMajor };
const char* LevelCode(Level l);   // "major"
const char* LevelLabel(Level l);  // "重大"
bool ParseLevel(std::string_view code, Level* out);

enum class Channel { kRelease, kPressConference, kInterview, kNewMedia, kOther };
const std::vector<Channel>& AllChannels();
const char* ChannelCode(Channel c);   // "release"
const char* ChannelLabel(Channel c);  // "发布权威信息"
bool ParseChannel(std::string_view code, Channel* out);

struct Response {
  int64_t id = 0;
  int64_t at = 0;  // unix seconds
  Channel channel = Channel::kRelease;
  std::string content;
  std::string link;        // where it was published: an address or a catalogue item's 索引号
  std::string link_title;  // the item's title when `link` is a 索引号 (a 回应关切 item)
  std::string by;          // who recorded it
};

struct Opinion {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string agency_name;
  std::string title;
  std::string source;       // where it was found: a site, 12345, a newspaper …
  std::string source_link;  // its address, if any
  Level level = Level::kGeneral;
  int64_t department_id = 0;  // 责任处室; 0 none
  std::string department;     // its name
  int64_t found_at = 0;       // unix seconds
  int64_t due_at = 0;         // the first answer is due by then (rules.h)
  std::string summary;
  std::string assessment;  // 研判
  State state = State::kOpen;
  int64_t first_response_at = 0;  // 0 none yet
  std::string closing_note;
  std::vector<Response> responses;  // oldest first (loaded by Get)
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

}  // namespace gk::opinions
