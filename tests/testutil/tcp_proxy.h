// A loopback TCP forwarder for outage tests: put it between the server and
// PostgreSQL, cut it, and bring it back on the same port.
#pragma once

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace gk::testing {

class TcpProxy {
 public:
  // Forwards 127.0.0.1:listen_port (0: pick one) to 127.0.0.1:target_port.
  TcpProxy(int target_port, int listen_port = 0);
  ~TcpProxy();
  int port() const { return port_; }
  // Closes the listener and every forwarded connection.
  void Cut();

 private:
  void AcceptLoop();
  int target_port_;
  int port_ = 0;
  int listen_fd_ = -1;
  std::atomic<bool> stop_{false};
  std::thread acceptor_;
  std::mutex mu_;
  std::vector<int> fds_;
  std::vector<std::thread> pumps_;
};

}  // namespace gk::testing
