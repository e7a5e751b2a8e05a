// A Beast body that streams part of a file: `length` bytes from `offset`.
// Beast 1.74's file_body always sends a file whole, from its start, which
// does not answer a Range request. Included by server.cc only.
#pragma once

#include <boost/asio/buffer.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/file.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/optional.hpp>
#include <cstdint>
#include <string>
#include <utility>

namespace gk::http {

struct FileRangeBody {
  struct value_type {
    boost::beast::file file;
    std::uint64_t length = 0;

    void Open(const std::string& path, std::uint64_t offset, std::uint64_t count, boost::beast::error_code& ec) {
      file.open(path.c_str(), boost::beast::file_mode::scan, ec);
      if (!ec) file.seek(offset, ec);
      length = count;
    }
  };

  static std::uint64_t size(const value_type& v) { return v.length; }

  class writer {
   public:
    using const_buffers_type = boost::asio::const_buffer;

    template <bool isRequest, class Fields>
    writer(boost::beast::http::header<isRequest, Fields>&, value_type& v) : body_(v), remain_(v.length) {}

    void init(boost::beast::error_code& ec) { ec = {}; }

    boost::optional<std::pair<const_buffers_type, bool>> get(boost::beast::error_code& ec) {
      const auto amount = remain_ > sizeof buf_ ? sizeof buf_ : static_cast<std::size_t>(remain_);
      if (amount == 0) {
        ec = {};
        return boost::none;
      }
      const std::size_t n = body_.file.read(buf_, amount, ec);
      if (ec) return boost::none;
      if (n == 0) {  // the file shrank under us: end the connection
        ec = boost::beast::http::error::short_read;
        return boost::none;
      }
      remain_ -= n;
      return std::make_pair(const_buffers_type(buf_, n), remain_ > 0);
    }

   private:
    value_type& body_;
    std::uint64_t remain_;
    char buf_[65536];
  };
};

}  // namespace gk::http
