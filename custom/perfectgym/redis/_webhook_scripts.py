"""The Lua scripts of the webhook queue: each step that moves an entry is one atomic script.

So an entry is never in two places or in none: between the stream, the delayed-retry sorted
set and the dead-letter stream it moves in one step, and only while the worker moving it
still owns it in the consumer group's pending list. Times come from Redis's clock (TIME),
never from the hosts'.
"""

from __future__ import annotations

__all__ = ["ENQUEUE", "FAIL", "HEARTBEAT", "PROMOTE", "RECLAIM"]

# KEYS: seen marker, stream. ARGV: seen ttl ms, then one JSON entry per payload item.
# Returns 1 when queued, 0 when this delivery was queued before (a redelivery).
ENQUEUE = """
if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[1]) then return 0 end
for i = 2, #ARGV do
  redis.call('XADD', KEYS[2], '*', 'delivery', ARGV[i], 'attempts', '0', 'error', '')
end
return 1
"""

# KEYS: stream. ARGV: group, consumer, entry id.
# Resets the entry's idle time (JUSTID: the delivery count stays) if this consumer still owns it.
HEARTBEAT = """
local p = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[3], ARGV[3], 1)
if #p == 0 or p[1][2] ~= ARGV[2] then return 0 end
redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[3], 'JUSTID')
return 1
"""

# KEYS: stream. ARGV: group, consumer, min idle ms, max entries.
# Claims entries idle that long (their worker died or hangs): {id, delivery count, fields}.
RECLAIM = """
local stale = redis.call('XPENDING', KEYS[1], ARGV[1], 'IDLE', ARGV[3], '-', '+', ARGV[4])
local out = {}
for _, p in ipairs(stale) do
  local claimed = redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], ARGV[3], p[1])
  if #claimed > 0 and claimed[1] and claimed[1][2] then
    table.insert(out, {claimed[1][1], p[4] + 1, claimed[1][2]})
  elseif #claimed > 0 then
    redis.call('XACK', KEYS[1], ARGV[1], p[1])
  end
end
return out
"""

# KEYS: stream, retry set, dead-letter stream. ARGV: group, consumer, entry id, delivery JSON,
# attempts so far, error text, '1' to dead-letter (else retry), backoff ms.
# Moves a failed entry out of the stream if this consumer still owns it; returns 1 if moved.
FAIL = """
local p = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[3], ARGV[3], 1)
if #p == 0 or p[1][2] ~= ARGV[2] then return 0 end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if ARGV[7] == '1' then
  redis.call('XADD', KEYS[3], '*', 'delivery', ARGV[4], 'attempts', ARGV[5], 'error', ARGV[6],
    'failed_at_ms', tostring(now), 'entry', ARGV[3])
else
  local member = cjson.encode({d = ARGV[4], a = ARGV[5], e = ARGV[6], id = ARGV[3]})
  redis.call('ZADD', KEYS[2], now + tonumber(ARGV[8]), member)
end
redis.call('XACK', KEYS[1], ARGV[1], ARGV[3])
redis.call('XDEL', KEYS[1], ARGV[3])
return 1
"""

# KEYS: retry set, stream, dead-letter stream. ARGV: max entries. Moves due retries back into
# the stream. A member this queue did not write (not its JSON) cannot block the others: it moves
# to the dead-letter stream, its first 1000 bytes escaped as \xNN text.
PROMOTE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, tonumber(ARGV[1]))
local function escaped(c) return string.format('\\\\x%02x', string.byte(c)) end
for _, member in ipairs(due) do
  local ok, r = pcall(cjson.decode, member)
  if ok and type(r) == 'table' and type(r.d) == 'string' and type(r.a) == 'string' and type(r.e) == 'string' then
    redis.call('XADD', KEYS[2], '*', 'delivery', r.d, 'attempts', r.a, 'error', r.e)
  else
    local shown = (string.gsub(string.sub(member, 1, 1000), '[^%w%p ]', escaped))
    redis.call('XADD', KEYS[3], '*', 'delivery', shown, 'attempts', '0',
      'error', 'unreadable retry entry (not written by this queue)', 'failed_at_ms', tostring(now))
  end
  redis.call('ZREM', KEYS[1], member)
end
return #due
"""
