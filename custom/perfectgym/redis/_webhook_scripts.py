"""The Lua scripts of the webhook queue: each step that moves an entry is one atomic script.

So an entry is never in two places or in none: between the stream, the delayed-retry sorted
set and the dead-letter stream it moves in one step, and only while the worker moving it
still owns it in the consumer group's pending list. Times come from Redis's clock (TIME),
never from the hosts'.
"""

from __future__ import annotations

__all__ = ["ENQUEUE", "FAIL", "HEARTBEAT", "OWN_PENDING", "PROMOTE", "RECLAIM"]

# KEYS: seen marker, stream. ARGV: seen ttl ms, then one JSON entry per payload item.
# Returns 1 when queued, 0 when this delivery was queued before (a redelivery). A script's
# writes are not rolled back when a later command fails, so everything that can fail comes
# before the first write, and the seen marker is set last: a failure never leaves a delivery
# marked seen but not queued (its redelivery would be answered "duplicate" and lost).
ENQUEUE = """
local kind = redis.call('TYPE', KEYS[2]).ok
if kind ~= 'none' and kind ~= 'stream' then
  return redis.error_reply('WRONGTYPE the queue key ' .. KEYS[2] .. ' holds a ' .. kind .. ', not a stream')
end
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
for i = 2, #ARGV do
  redis.call('XADD', KEYS[2], '*', 'delivery', ARGV[i], 'attempts', '0', 'error', '')
end
redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
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

# KEYS: stream. ARGV: group, consumer, max entries, '1' to count this as a new delivery, then
# the ids to skip (running in this worker). This consumer's own pending entries: those handed
# to it by a read or reclaim whose reply it never got, or, at start, left by an earlier process
# of the same name. Returns {id, delivery count, fields}. A reply lost in a live worker is no
# delivery (the entry never ran), so the count stays; at start the earlier process may have
# run the entry, so XCLAIM counts one more delivery.
OWN_PENDING = """
local skip = {}
for i = 5, #ARGV do skip[ARGV[i]] = true end
local wanted = tonumber(ARGV[3])
local pending = redis.call('XPENDING', KEYS[1], ARGV[1], '-', '+', wanted + #ARGV - 4, ARGV[2])
local out = {}
for _, p in ipairs(pending) do
  if #out >= wanted then break end
  if not skip[p[1]] then
    local found
    local deliveries = p[4]
    if ARGV[4] == '1' then
      found = redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, p[1])
      deliveries = deliveries + 1
    else
      found = redis.call('XRANGE', KEYS[1], p[1], p[1])
    end
    if #found > 0 and found[1] and found[1][2] then
      table.insert(out, {p[1], deliveries, found[1][2]})
    else
      redis.call('XACK', KEYS[1], ARGV[1], p[1])
    end
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
