export const id = 132;
export const ids = [132];
export const modules = {

/***/ 77926:
/***/ ((module) => {



function Packet (original, broker) {
  if (Object.prototype.hasOwnProperty.call(original, 'clientId')) this.clientId = original.clientId
  if (Object.prototype.hasOwnProperty.call(original, 'nl')) this.nl = original.nl
  // MQTT v5 properties (user properties, content type, response topic,
  // correlation data, payload format indicator, message expiry, etc.).
  // Preserved so they survive packet wrapping during delivery/forwarding.
  if (Object.prototype.hasOwnProperty.call(original, 'properties')) this.properties = original.properties
  // Absolute expiry time (ms epoch) used by the broker to honour the MQTT v5
  // Message Expiry Interval for queued messages. Internal: never serialized to
  // the wire, but must survive packet wrapping while queued in persistence.
  if (Object.prototype.hasOwnProperty.call(original, 'messageExpiry')) this.messageExpiry = original.messageExpiry

  this.cmd = original.cmd || 'publish'
  this.brokerId = original.brokerId || (broker && broker.id)
  this.brokerCounter = original.brokerCounter || (broker ? (++broker.counter) : 0)
  this.topic = original.topic
  this.payload = original.payload || Buffer.alloc(0)
  this.qos = original.qos || 0
  this.retain = original.retain || false
  this.dup = original.dup || false
  // [MQTT-2.3.1-5]
  if (this.qos > 0 || this.cmd !== 'publish') {
    //  [MQTT-2.3.1-1]
    // This is packet identifier uniquely identifies a message as it flows between
    // client and broker. It is only relevant for QoS levels greater than 0
    this.messageId = undefined
  }
}

module.exports = Packet


/***/ }),

/***/ 888:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const { Readable } = __webpack_require__(57075)
const QlobberSub = __webpack_require__(195)
const { QlobberTrue } = __webpack_require__(72412)
const Packet = __webpack_require__(77926)
const BroadcastPersistence = __webpack_require__(6809)

const QLOBBER_OPTIONS = {
  wildcard_one: '+',
  wildcard_some: '#',
  separator: '/'
}
const CREATE_ON_EMPTY = true

function * multiIterables (iterables) {
  for (const iter of iterables) {
    yield * iter
  }
}

function * retainedMessagesByPattern (retained, pattern) {
  const qlobber = new QlobberTrue(QLOBBER_OPTIONS)
  qlobber.add(pattern)

  for (const [topic, packet] of retained) {
    if (qlobber.test(topic)) {
      yield packet
    }
  }
}

function * willsByBrokers (wills, brokers) {
  for (const will of wills.values()) {
    if (!brokers[will.brokerId]) {
      yield will
    }
  }
}

function * clientListbyTopic (subscriptions, topic) {
  for (const [clientId, topicMap] of subscriptions) {
    if (topicMap.has(topic)) {
      yield clientId
    }
  }
}

class MemoryPersistence {
  // private class members start with #
  #retained
  #subscriptions
  #outgoing
  #incoming
  #wills
  #clientsCount
  #destroyed
  #broadcastSubscriptions
  #trie
  #broker

  constructor (opts = {}) {
    // using Maps for convenience and security (risk on prototype polution)
    // Map ( topic -> packet )
    this.#retained = new Map()
    // Map ( clientId -> Map( topic -> { qos, rh, rap, nl } ))
    this.#subscriptions = new Map()
    // Map ( clientId  > [ packet ] }
    this.#outgoing = new Map()
    // Map ( clientId -> { packetId -> Packet } )
    this.#incoming = new Map()
    // Map( clientId -> will )
    this.#wills = new Map()
    this.#clientsCount = 0
    this.#destroyed = false
    this.#broadcastSubscriptions = opts.broadcastSubscriptions
    this.#trie = new QlobberSub(QLOBBER_OPTIONS)
  }

  // for testing we need access to the broker
  get broker () {
    return this.#broker
  }

  async setup (broker) {
    this.#broker = broker
    if (this.#broadcastSubscriptions) {
      this.broadcast = new BroadcastPersistence(broker, this.#trie)
      await this.broadcast.brokerSubscribe()
    }
  }

  async storeRetained (pkt) {
    const packet = Object.assign({}, pkt)
    if (packet.payload.length === 0) {
      this.#retained.delete(packet.topic)
    } else {
      this.#retained.set(packet.topic, packet)
    }
  }

  createRetainedStreamCombi (patterns) {
    const iterables = patterns.map((p) => {
      return retainedMessagesByPattern(this.#retained, p)
    })
    return Readable.from(multiIterables(iterables))
  }

  createRetainedStream (pattern) {
    return Readable.from(retainedMessagesByPattern(this.#retained, pattern))
  }

  async addSubscriptions (client, subs) {
    let stored = this.#subscriptions.get(client.id)
    const trie = this.#trie

    if (!stored) {
      stored = new Map()
      this.#subscriptions.set(client.id, stored)
      this.#clientsCount++
    }

    for (const sub of subs) {
      const storedSub = stored.get(sub.topic)
      const record = { qos: sub.qos, rh: sub.rh, rap: sub.rap, nl: sub.nl }
      // MQTT 5.0 Subscription Identifier: only persisted when present so that
      // pre-v5 subscriptions keep their exact stored shape. It is kept on the
      // per-client `record` (round-tripped by subscriptionsByClient, which is
      // what aedes restores on a non-clean reconnect) but deliberately NOT added
      // to the trie: QlobberSub only retains { qos, rh, rap, nl }, so the
      // topic-match path (subscriptionsByTopic) never carries the identifier.
      if (sub.subscriptionIdentifier !== undefined) {
        record.subscriptionIdentifier = sub.subscriptionIdentifier
      }
      if (sub.qos > 0) {
        trie.add(sub.topic, {
          clientId: client.id,
          topic: sub.topic,
          qos: sub.qos,
          rh: sub.rh,
          rap: sub.rap,
          nl: sub.nl
        })
      } else if (storedSub?.qos > 0) {
        trie.remove(sub.topic, {
          clientId: client.id,
          topic: sub.topic
        })
      }
      stored.set(sub.topic, record)
    }
    if (this.#broadcastSubscriptions) {
      await this.broadcast.addedSubscriptions(client, subs)
    }
  }

  async removeSubscriptions (client, subs) {
    const stored = this.#subscriptions.get(client.id)
    const trie = this.#trie

    if (stored) {
      for (const topic of subs) {
        const storedSub = stored.get(topic)
        if (storedSub !== undefined) {
          if (storedSub.qos > 0) {
            trie.remove(topic, { clientId: client.id, topic })
          }
          stored.delete(topic)
        }
      }

      if (stored.size === 0) {
        this.#clientsCount--
        this.#subscriptions.delete(client.id)
      }
    }
    if (this.#broadcastSubscriptions) {
      await this.broadcast.removedSubscriptions(client, subs)
    }
  }

  async subscriptionsByClient (client) {
    const subs = []
    const stored = this.#subscriptions.get(client.id)
    if (stored) {
      for (const [topic, storedSub] of stored) {
        subs.push({ topic, ...storedSub })
      }
    }
    return subs
  }

  async countOffline () {
    return { subsCount: this.#trie.subscriptionsCount, clientsCount: this.#clientsCount }
  }

  async subscriptionsByTopic (pattern) {
    return this.#trie.match(pattern)
  }

  async cleanSubscriptions (client) {
    const trie = this.#trie
    const stored = this.#subscriptions.get(client.id)

    if (stored) {
      for (const [topic, storedSub] of stored) {
        if (storedSub.qos > 0) {
          trie.remove(topic, { clientId: client.id, topic })
        }
      }

      this.#clientsCount--
      this.#subscriptions.delete(client.id)
    }
  }

  #outgoingEnqueuePerSub (sub, packet) {
    const id = sub.clientId
    const queue = getMapRef(this.#outgoing, id, [], CREATE_ON_EMPTY)
    queue[queue.length] = new Packet(packet)
  }

  async outgoingEnqueue (sub, packet) {
    this.#outgoingEnqueuePerSub(sub, packet)
  }

  async outgoingEnqueueCombi (subs, packet) {
    for (let i = 0; i < subs.length; i++) {
      this.#outgoingEnqueuePerSub(subs[i], packet)
    }
  }

  async outgoingUpdate (client, packet) {
    const outgoing = getMapRef(this.#outgoing, client.id, [], CREATE_ON_EMPTY)

    let temp
    for (let i = 0; i < outgoing.length; i++) {
      temp = outgoing[i]
      if (temp.brokerId === packet.brokerId) {
        if (temp.brokerCounter === packet.brokerCounter) {
          temp.messageId = packet.messageId
          return
        }
        /*
                Maximum of messageId (packet identifier) is 65535 and will be rotated,
                brokerCounter is to ensure the packet identifier be unique.
                The for loop is going to search which packet messageId should be updated
                in the #outgoing queue.
                If there is a case that brokerCounter is different but messageId is same,
                we need to let the loop keep searching
                */
      } else if (temp.messageId === packet.messageId) {
        outgoing[i] = packet
        return
      }
    }
    throw new Error('no such packet')
  }

  async outgoingClearMessageId (client, packet, cb) {
    const outgoing = getMapRef(this.#outgoing, client.id, [], CREATE_ON_EMPTY)

    let temp
    for (let i = 0; i < outgoing.length; i++) {
      temp = outgoing[i]
      if (temp.messageId === packet.messageId) {
        outgoing.splice(i, 1)
        return temp
      }
    }
  }

  outgoingStream (client) {
    // shallow clone the outgoing queue for this client to avoid race conditions
    const outgoing = [].concat(getMapRef(this.#outgoing, client.id, []))
    return Readable.from(outgoing)
  }

  async incomingStorePacket (client, packet) {
    const id = client.id
    const store = getMapRef(this.#incoming, id, {}, CREATE_ON_EMPTY)

    store[packet.messageId] = new Packet(packet)
    store[packet.messageId].messageId = packet.messageId
  }

  async incomingGetPacket (client, packet) {
    const id = client.id
    const store = getMapRef(this.#incoming, id, {})

    if (!store[packet.messageId]) {
      throw new Error('no such packet')
    }
    return store[packet.messageId]
  }

  async incomingDelPacket (client, packet) {
    const id = client.id
    const store = getMapRef(this.#incoming, id, {})
    const toDelete = store[packet.messageId]

    if (!toDelete) {
      throw new Error('no such packet')
    }
    delete store[packet.messageId]
  }

  async cleanIncoming (client) {
    this.#incoming.delete(client.id)
  }

  async putWill (client, packet) {
    packet.brokerId = this.#broker.id
    packet.clientId = client.id
    this.#wills.set(client.id, packet)
  }

  async getWill (client) {
    return this.#wills.get(client.id)
  }

  async delWill (client) {
    const will = this.#wills.get(client.id)
    this.#wills.delete(client.id)
    return will
  }

  streamWill (brokers = {}) {
    return Readable.from(willsByBrokers(this.#wills, brokers))
  }

  getClientList (topic) {
    return Readable.from(clientListbyTopic(this.#subscriptions, topic))
  }

  async destroy () {
    if (this.#destroyed) {
      throw new Error('destroyed called twice!')
    }
    this.#destroyed = true
    if (this.#broadcastSubscriptions) {
      await this.broadcast.brokerUnsubscribe()
    }
    this.#retained = null
  }
}

function getMapRef (map, key, ifEmpty, createOnEmpty = false) {
  const value = map.get(key)
  if (value === undefined && createOnEmpty) {
    map.set(key, ifEmpty)
  }
  return value || ifEmpty
}

module.exports = MemoryPersistence
module.exports.Packet = Packet


/***/ }),

/***/ 6809:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const Packet = __webpack_require__(77926)
// System topics for subscription management
const TOPIC_ADD_SUBSCRIPTION = '$SYS/sub/add'
const TOPIC_REMOVE_SUBSCRIPTION = '$SYS/sub/rm'
const TOPIC_SUBSCRIPTION_PATTERN = '$SYS/sub/+'
// Constants to increase readability
const SUBSCRIBE = true
const UNSUBSCRIBE = false

function getKey (clientId, isSub, topic) {
  return `${clientId}-${isSub ? 'sub_' : 'unsub_'}${topic || ''}`
}

function brokerPublish (broker, topic, clientId, subs, cb) {
  const encoded = JSON.stringify({ clientId, subs })
  const packet = new Packet({
    topic,
    payload: encoded
  })
  broker.publish(packet, cb)
}

class BroadcastPersistence {
  // private members start with #
  #waiting
  #broker
  #trie
  #onSubMessage

  constructor (broker, trie) {
    this.#waiting = new Map()
    this.#broker = broker
    this.#trie = trie
    this.#onSubMessage = this.#onMessage.bind(this)
  }

  #onMessage (packet, cb) {
    const decoded = JSON.parse(packet.payload)
    const clientId = decoded.clientId
    const isAddSubscription = packet.topic === TOPIC_ADD_SUBSCRIPTION

    for (let i = 0; i < decoded.subs.length; i++) {
      const sub = decoded.subs[i]
      sub.clientId = clientId

      if (isAddSubscription) {
        if (sub.qos > 0) {
          this.#trie.add(sub.topic, sub)
        } else {
          this.#trie.remove(sub.topic, sub)
        }
      } else if (packet.topic === TOPIC_REMOVE_SUBSCRIPTION) {
        this.#trie.remove(sub.topic, sub)
      }
    }

    if (decoded.subs.length > 0) {
      const key = getKey(clientId, isAddSubscription, decoded.subs[0].topic)
      const waiting = this.#waiting.get(key)
      if (waiting) {
        this.#waiting.delete(key)
        process.nextTick(waiting)
      }
    }
    cb()
  }

  #waitFor (client, isSub, topic, cb) {
    this.#waiting.set(getKey(client.id, isSub, topic), cb)
  }

  async addedSubscriptions (client, subs) {
    if (subs.length === 0) {
      return client
    }

    return new Promise((resolve, reject) => {
      let errored = false

      this.#waitFor(client, SUBSCRIBE, subs[0].topic, (err) => {
        if (!errored && err) {
          return reject(err)
        }
        if (!errored) {
          resolve(client)
        }
      })

      brokerPublish(this.#broker, TOPIC_ADD_SUBSCRIPTION, client.id, subs, (err) => {
        if (err) {
          errored = true
          reject(err)
        }
      })
    })
  }

  async removedSubscriptions (client, subs) {
    let key = subs

    if (subs.length > 0) {
      key = subs[0]
    }

    return new Promise((resolve, reject) => {
      let errored = false

      this.#waitFor(client, UNSUBSCRIBE, key, (err) => {
        if (!errored && err) {
          return reject(err)
        }
        if (!errored) {
          resolve(client)
        }
      })

      const mappedSubs = subs.map(sub => { return { topic: sub } })
      brokerPublish(this.#broker, TOPIC_REMOVE_SUBSCRIPTION, client.id, mappedSubs, (err) => {
        if (err) {
          errored = true
          reject(err)
        }
      })
    })
  }

  async brokerSubscribe () {
    return new Promise((resolve, reject) => {
      this.#broker.subscribe(
        TOPIC_SUBSCRIPTION_PATTERN,
        this.#onSubMessage,
        (err) => {
          if (err) return reject(err)
          resolve()
        }
      )
    })
  }

  async brokerUnsubscribe () {
    return new Promise((resolve, reject) => {
      this.#broker.unsubscribe(
        TOPIC_SUBSCRIPTION_PATTERN,
        this.#onSubMessage,
        (err) => {
          if (err) return reject(err)
          resolve()
        }
      )
    })
  }
}

module.exports = BroadcastPersistence


/***/ }),

/***/ 58457:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



/* This module provides a callback layer for async persistence implementations */
const { Readable } = __webpack_require__(57075)
const { EventEmitter } = __webpack_require__(78474)

class CallBackPersistence extends EventEmitter {
  constructor (asyncInstanceFactory, opts = {}) {
    super()

    this.ready = false
    this.asyncPersistence = asyncInstanceFactory(opts)

    // Don't advertise a capability the wrapped implementation lacks. aedes
    // feature-detects cleanIncoming, and a bare delegation would pass that
    // check and then throw synchronously on every clean-session CONNECT.
    if (typeof this.asyncPersistence.cleanIncoming !== 'function') {
      this.cleanIncoming = undefined
    }
  }

  get broker () {
    return this.asyncPersistence.broker
  }

  set broker (broker) {
    if (this.ready) {
      return
    }

    this.asyncPersistence.setup(broker)
      .then(() => {
        this.ready = true
        this.emit('ready')
      })
      .catch(err => {
        this.emit('error', err)
      })
  }

  async setup (broker) {
    return this.asyncPersistence.setup(broker)
  }

  subscriptionsByTopic (topic, cb) {
    if (cb) {
      if (!this.ready) {
        this.once('ready', this.subscriptionsByTopic.bind(this, topic, cb))
        return this
      }
      this.asyncPersistence.subscriptionsByTopic(topic)
        .then(resubs => {
          process.nextTick(cb, null, resubs)
        })
        .catch(cb)
    } else {
      return this.asyncPersistence.subscriptionsByTopic(topic)
    }
  }

  cleanSubscriptions (client, cb) {
    if (cb) {
      this.asyncPersistence.cleanSubscriptions(client)
        .then(client => {
          process.nextTick(cb, null, client)
        })
        .catch(cb)
    } else {
      return this.asyncPersistence.cleanSubscriptions(client)
    }
  }

  storeRetained (packet, cb) {
    if (cb) {
      if (!this.ready) {
        this.once('ready', this.storeRetained.bind(this, packet, cb))
        return
      }
      this.asyncPersistence.storeRetained(packet).then(() => {
        cb(null)
      }).catch(cb)
    } else {
      return this.asyncPersistence.storeRetained(packet)
    }
  }

  createRetainedStream (pattern) {
    return Readable.from(this.asyncPersistence.createRetainedStream(pattern))
  }

  createRetainedStreamCombi (patterns) {
    return Readable.from(this.asyncPersistence.createRetainedStreamCombi(patterns))
  }

  addSubscriptions (client, subs, cb) {
    if (cb) {
      if (!this.ready) {
        this.once('ready', this.addSubscriptions.bind(this, client, subs, cb))
        return
      }
      this.asyncPersistence.addSubscriptions(client, subs)
        .then(() => cb(null, client))
        .catch(cb)
    } else {
      return this.asyncPersistence.addSubscriptions(client, subs)
    }
  }

  removeSubscriptions (client, subs, cb) {
    if (cb) {
      if (!this.ready) {
        this.once('ready', this.removeSubscriptions.bind(this, client, subs, cb))
        return
      }

      this.asyncPersistence.removeSubscriptions(client, subs)
        .then(() => cb(null, client))
        .catch(cb)
    } else {
      return this.asyncPersistence.removeSubscriptions(client, subs)
    }
  }

  subscriptionsByClient (client, cb) {
    if (cb) {
      if (!this.ready) {
        this.once('ready', this.subscriptionsByClient.bind(this, client, cb))
        return
      }

      this.asyncPersistence.subscriptionsByClient(client)
        .then(resubs => {
          process.nextTick(cb, null, resubs.length > 0 ? resubs : null, client)
        })
        .catch(cb)
    } else {
      return this.asyncPersistence.subscriptionsByClient(client)
    }
  }

  countOffline (cb) {
    if (cb) {
      this.asyncPersistence.countOffline()
        .then(res => process.nextTick(cb, null, res.subsCount, res.clientsCount))
        .catch(cb)
    } else {
      return this.asyncPersistence.countOffline()
    }
  }

  destroy (cb) {
    if (cb) {
      if (!this.ready) {
        this.once('ready', this.destroy.bind(this, cb))
        return
      }
      this.asyncPersistence.destroy()
        .finally(cb) // swallow err in case of failure
    } else {
      return this.asyncPersistence.destroy()
    }
  }

  outgoingEnqueue (sub, packet, cb) {
    if (cb) {
      if (!this.ready) {
        this.once('ready', this.outgoingEnqueue.bind(this, sub, packet, cb))
        return
      }
      this.asyncPersistence.outgoingEnqueue(sub, packet)
        .then(() => process.nextTick(cb, null, packet))
        .catch(cb)
    } else {
      return this.asyncPersistence.outgoingEnqueue(sub, packet)
    }
  }

  outgoingEnqueueCombi (subs, packet, cb) {
    if (cb) {
      if (!this.ready) {
        this.once('ready', this.outgoingEnqueueCombi.bind(this, subs, packet, cb))
        return
      }
      this.asyncPersistence.outgoingEnqueueCombi(subs, packet)
        .then(() => process.nextTick(cb, null, packet))
        .catch(cb)
    } else {
      return this.asyncPersistence.outgoingEnqueueCombi(subs, packet)
    }
  }

  outgoingStream (client) {
    return Readable.from(this.asyncPersistence.outgoingStream(client))
  }

  outgoingUpdate (client, packet, cb) {
    if (cb) {
      if (!this.ready) {
        this.once('ready', this.outgoingUpdate.bind(this, client, packet, cb))
        return
      }
      this.asyncPersistence.outgoingUpdate(client, packet)
        .then(() => cb(null, client, packet))
        .catch(cb)
    } else {
      return this.asyncPersistence.outgoingUpdate(client, packet)
    }
  }

  outgoingClearMessageId (client, packet, cb) {
    if (cb) {
      if (!this.ready) {
        this.once('ready', this.outgoingClearMessageId.bind(this, client, packet, cb))
        return
      }
      this.asyncPersistence.outgoingClearMessageId(client, packet)
        .then((packet) => cb(null, packet))
        .catch(cb)
    } else {
      return this.asyncPersistence.outgoingClearMessageId(client, packet)
    }
  }

  incomingStorePacket (client, packet, cb) {
    if (cb) {
      if (!this.ready) {
        this.once('ready', this.incomingStorePacket.bind(this, client, packet, cb))
        return
      }
      this.asyncPersistence.incomingStorePacket(client, packet)
        .then(() => cb(null))
        .catch(cb)
    } else {
      return this.asyncPersistence.incomingStorePacket(client, packet)
    }
  }

  incomingGetPacket (client, packet, cb) {
    if (cb) {
      if (!this.ready) {
        this.once('ready', this.incomingGetPacket.bind(this, client, packet, cb))
        return
      }
      this.asyncPersistence.incomingGetPacket(client, packet)
        .then((packet) => cb(null, packet, client))
        .catch(cb)
    } else {
      return this.asyncPersistence.incomingGetPacket(client, packet)
    }
  }

  incomingDelPacket (client, packet, cb) {
    if (cb) {
      if (!this.ready) {
        this.once('ready', this.incomingDelPacket.bind(this, client, packet, cb))
        return
      }
      this.asyncPersistence.incomingDelPacket(client, packet)
        .then(() => cb(null))
        .catch(cb)
    } else {
      return this.asyncPersistence.incomingDelPacket(client, packet)
    }
  }

  cleanIncoming (client, cb) {
    if (cb) {
      if (!this.ready) {
        this.once('ready', this.cleanIncoming.bind(this, client, cb))
        return
      }
      this.asyncPersistence.cleanIncoming(client)
        .then(() => process.nextTick(cb, null, client))
        .catch(cb)
    } else {
      return this.asyncPersistence.cleanIncoming(client)
    }
  }

  putWill (client, packet, cb) {
    if (cb) {
      if (!this.ready) {
        this.once('ready', this.putWill.bind(this, client, packet, cb))
        return
      }
      this.asyncPersistence.putWill(client, packet)
        .then(() => cb(null, client))
        .catch(cb)
    } else {
      return this.asyncPersistence.putWill(client, packet)
    }
  }

  getWill (client, cb) {
    if (cb) {
      this.asyncPersistence.getWill(client)
        .then(packet => {
          cb(null, packet, client)
        })
        .catch(cb)
    } else {
      return this.asyncPersistence.getWill(client)
    }
  }

  delWill (client, cb) {
    if (cb) {
      this.asyncPersistence.delWill(client)
        .then(packet => {
          cb(null, packet, client)
        })
        .catch(cb)
    } else {
      return this.asyncPersistence.delWill(client)
    }
  }

  streamWill (brokers) {
    return Readable.from(this.asyncPersistence.streamWill(brokers))
  }

  getClientList (topic) {
    return Readable.from(this.asyncPersistence.getClientList(topic))
  }
}

module.exports = { CallBackPersistence }


/***/ }),

/***/ 89420:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const Packet = __webpack_require__(77926)
const { CallBackPersistence } = __webpack_require__(58457)
const AsyncPersistence = __webpack_require__(888)
const asyncInstanceFactory = (opts) => new AsyncPersistence(opts)
module.exports = (opts) => new CallBackPersistence(asyncInstanceFactory, opts)
module.exports.Packet = Packet


/***/ }),

/***/ 15771:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var xtend = __webpack_require__(51571)
var reusify = __webpack_require__(10660)
var defaults = {
  released: nop,
  results: true
}

function fastparallel (options) {
  options = xtend(defaults, options)

  var released = options.released
  var queue = reusify(options.results ? ResultsHolder : NoResultsHolder)
  var queueSingleCaller = reusify(SingleCaller)
  var goArray = options.results ? goResultsArray : goNoResultsArray
  var goFunc = options.results ? goResultsFunc : goNoResultsFunc

  return parallel

  function parallel (that, toCall, arg, done) {
    var holder = queue.get()
    done = done || nop
    if (toCall.length === 0) {
      done.call(that)
      released(holder)
    } else {
      holder._callback = done
      holder._callThat = that
      holder._release = release

      if (typeof toCall === 'function') {
        goFunc(that, toCall, arg, holder)
      } else {
        goArray(that, toCall, arg, holder)
      }

      if (holder._count === 0) {
        holder.release()
      }
    }
  }

  function release (holder) {
    queue.release(holder)
    released(holder)
  }

  function singleCallerRelease (holder) {
    queueSingleCaller.release(holder)
  }

  function goResultsFunc (that, toCall, arg, holder) {
    var singleCaller = null
    holder._count = arg.length
    holder._results = new Array(holder._count)
    for (var i = 0; i < arg.length; i++) {
      singleCaller = queueSingleCaller.get()
      singleCaller._release = singleCallerRelease
      singleCaller.parent = holder
      singleCaller.pos = i
      if (that) {
        toCall.call(that, arg[i], singleCaller.release)
      } else {
        toCall(arg[i], singleCaller.release)
      }
    }
  }

  function goResultsArray (that, funcs, arg, holder) {
    var sc = null
    var tc = nop
    holder._count = funcs.length
    holder._results = new Array(holder._count)
    for (var i = 0; i < funcs.length; i++) {
      sc = queueSingleCaller.get()
      sc._release = singleCallerRelease
      sc.parent = holder
      sc.pos = i
      tc = funcs[i]
      if (that) {
        if (tc.length === 1) tc.call(that, sc.release)
        else tc.call(that, arg, sc.release)
      } else {
        if (tc.length === 1) tc(sc.release)
        else tc(arg, sc.release)
      }
    }
  }

  function goNoResultsFunc (that, toCall, arg, holder) {
    holder._count = arg.length
    for (var i = 0; i < arg.length; i++) {
      if (that) {
        toCall.call(that, arg[i], holder.release)
      } else {
        toCall(arg[i], holder.release)
      }
    }
  }

  function goNoResultsArray (that, funcs, arg, holder) {
    var toCall = null
    holder._count = funcs.length
    for (var i = 0; i < funcs.length; i++) {
      toCall = funcs[i]
      if (that) {
        if (toCall.length === 1) {
          toCall.call(that, holder.release)
        } else {
          toCall.call(that, arg, holder.release)
        }
      } else {
        if (toCall.length === 1) {
          toCall(holder.release)
        } else {
          toCall(arg, holder.release)
        }
      }
    }
  }
}

function NoResultsHolder () {
  this._count = -1
  this._callback = nop
  this._callThat = null
  this._release = null
  this.next = null

  var that = this
  var i = 0
  this.release = function () {
    var cb = that._callback
    if (++i === that._count || that._count === 0) {
      if (that._callThat) {
        cb.call(that._callThat)
      } else {
        cb()
      }
      that._callback = nop
      that._callThat = null
      i = 0
      that._release(that)
    }
  }
}

function SingleCaller () {
  this.pos = -1
  this._release = nop
  this.parent = null
  this.next = null

  var that = this
  this.release = function (err, result) {
    that.parent.release(err, that.pos, result)
    that.pos = -1
    that.parent = null
    that._release(that)
  }
}

function ResultsHolder () {
  this._count = -1
  this._callback = nop
  this._results = null
  this._err = null
  this._callThat = null
  this._release = nop
  this.next = null

  var that = this
  var i = 0
  this.release = function (err, pos, result) {
    that._err = that._err || err
    if (pos >= 0) {
      that._results[pos] = result
    }
    var cb = that._callback
    if (++i === that._count || that._count === 0) {
      if (that._callThat) {
        cb.call(that._callThat, that._err, that._results)
      } else {
        cb(that._err, that._results)
      }
      that._callback = nop
      that._results = null
      that._err = null
      that._callThat = null
      i = 0
      that._release(that)
    }
  }
}

function nop () { }

module.exports = fastparallel


/***/ }),

/***/ 21561:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const { Qlobber } = __webpack_require__(72412)
const assert = __webpack_require__(42613)
const fastparallel = __webpack_require__(15771)

function MQEmitter (opts) {
  if (!(this instanceof MQEmitter)) {
    return new MQEmitter(opts)
  }

  const that = this

  opts = opts || {}
  opts.matchEmptyLevels = opts.matchEmptyLevels === undefined ? true : !!opts.matchEmptyLevels
  opts.separator = opts.separator || '/'
  opts.wildcardOne = opts.wildcardOne || '+'
  opts.wildcardSome = opts.wildcardSome || '#'

  this._messageQueue = []
  this._messageCallbacks = []
  this._parallel = fastparallel({
    results: false,
    released
  })

  this.concurrency = opts.concurrency || 0

  this.current = 0
  this._doing = false
  this._matcher = new Qlobber({
    match_empty_levels: opts.matchEmptyLevels,
    separator: opts.separator,
    wildcard_one: opts.wildcardOne,
    wildcard_some: opts.wildcardSome
  })

  this.closed = false
  this._released = released

  function released () {
    that.current--

    const message = that._messageQueue.shift()
    const callback = that._messageCallbacks.shift()

    if (message) {
      that._do(message, callback)
    } else {
      that._doing = false
    }
  }
}

Object.defineProperty(MQEmitter.prototype, 'length', {
  get: function () {
    return this._messageQueue.length
  },
  enumerable: true
})

MQEmitter.prototype.on = function on (topic, notify, done) {
  assert(topic)
  assert(notify)
  this._matcher.add(topic, notify)

  if (done) {
    setImmediate(done)
  }

  return this
}

MQEmitter.prototype.removeListener = function removeListener (topic, notify, done) {
  assert(topic)
  assert(notify)
  const that = this
  setImmediate(function () {
    that._matcher.remove(topic, notify)
    if (done) {
      done()
    }
  })
  return this
}

MQEmitter.prototype.removeAllListeners = function removeListener (topic, done) {
  assert(topic)
  this._matcher.remove(topic)

  if (done) {
    setImmediate(done)
  }

  return this
}

MQEmitter.prototype.emit = function emit (message, cb) {
  assert(message)

  cb = cb || noop

  if (this.closed) {
    return cb(new Error('mqemitter is closed'))
  }

  if (this.concurrency > 0 && this.current >= this.concurrency) {
    this._messageQueue.push(message)
    this._messageCallbacks.push(cb)
    if (!this._doing) {
      process.emitWarning('MqEmitter leak detected', { detail: 'For more info check: https://github.com/mcollina/mqemitter/pull/94' })
      this._released()
    }
  } else {
    this._do(message, cb)
  }

  return this
}

MQEmitter.prototype.close = function close (cb) {
  this.closed = true
  setImmediate(cb)

  return this
}

MQEmitter.prototype._do = function (message, callback) {
  this._doing = true
  const matches = this._matcher.match(message.topic)

  this.current++
  this._parallel(this, matches, message, callback)

  return this
}

function noop () { }

module.exports = MQEmitter


/***/ }),

/***/ 195:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

/*jslint node: true */


var util = __webpack_require__(39023),
    qlobber = __webpack_require__(72412),
    Qlobber = qlobber.Qlobber;

function QlobberSub (options)
{
    Qlobber.call(this, options);
    this.subscriptionsCount = 0;
}

util.inherits(QlobberSub, Qlobber);

QlobberSub.prototype._initial_value = function (val)
{
    this.subscriptionsCount += 1;

    let r = {
        topic: val.topic,
        clientMap: new Map().set(val.clientId, { qos: val.qos, rh: val.rh, rap: val.rap, nl: val.nl }),
    };

    r[Symbol.iterator] = function* (topic)
    {
        if (topic === undefined)
        {
            for (let [clientId, sub] of r.clientMap)
            {
                yield { topic: r.topic, clientId, ...sub };
            }
        }
        else if (r.topic === topic)
        {
            for (let [clientId, sub] of r.clientMap)
            {
                yield { clientId, ...sub };
            }
        }
    };

    return r;
};

QlobberSub.prototype._add_value = function (existing, val)
{
    var clientMap = existing.clientMap,
        size = clientMap.size;

    clientMap.set(val.clientId, { qos: val.qos, rh: val.rh, rap: val.rap, nl: val.nl });

    if (clientMap.size > size)
    {
        this.subscriptionsCount += 1;
    }
};

QlobberSub.prototype._add_values = function (dest, existing, topic)
{
    if (topic === undefined)
    {
        for (let [clientId, sub] of existing.clientMap)
        {
            dest.push({ clientId, topic: existing.topic, ...sub });
        }
    }
    else if (existing.topic === topic)
    {
        for (let [clientId, sub] of existing.clientMap)
        {
            dest.push({ clientId,...sub });
        }
    }
};

QlobberSub.prototype._remove_value = function (existing, val)
{
    var clientMap = existing.clientMap,
        size_before = clientMap.size;

    clientMap.delete(val.clientId);

    var size_after = clientMap.size;

    if (size_after < size_before)
    {
        this.subscriptionsCount -= 1;
    }

    return size_after === 0;
};

// Returns whether client is last subscriber to topic
QlobberSub.prototype.test_values = function (existing, val)
{
    var clientMap = existing.clientMap;

    return (existing.topic === val.topic) &&
           (clientMap.size === 1) &&
           clientMap.has(val.clientId);
};

QlobberSub.prototype.match = function (topic, ctx)
{
    return this._match([], 0, topic.split(this._separator), this._trie, ctx);
};

QlobberSub.prototype.clear = function ()
{
    this.subscriptionsCount = 0;
    return Qlobber.prototype.clear.call(this);
};

QlobberSub.set_native = function (qlobber_native)
{
    const wrap_native = __webpack_require__(79778);
    QlobberSub.native = wrap_native(qlobber_native.QlobberSub, QlobberSub);
    return module.exports;
};

module.exports = QlobberSub;


/***/ }),

/***/ 72412:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

/*jslint node: true*/

module.exports = __webpack_require__(34145);


/***/ }),

/***/ 34145:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

/**
# qlobber&nbsp;&nbsp;&nbsp;[![ci](https://github.com/davedoesdev/qlobber/actions/workflows/ci.yml/badge.svg)](https://github.com/davedoesdev/qlobber/actions/workflows/ci.yml) [![Coverage Status](https://coveralls.io/repos/davedoesdev/qlobber/badge.png?branch=master)](https://coveralls.io/r/davedoesdev/qlobber?branch=master) [![NPM version](https://badge.fury.io/js/qlobber.png)](http://badge.fury.io/js/qlobber)

Node.js globbing for amqp-like topics.

__Note:__ Version 5.0.0 adds async and worker thread support when used on Node 12+.

Example:

```javascript
var assert = require('assert');
var Qlobber = require('qlobber').Qlobber;
var matcher = new Qlobber();
matcher.add('foo.*', 'it matched!');
assert.deepEqual(matcher.match('foo.bar'), ['it matched!']);
assert(matcher.test('foo.bar', 'it matched!'));
```

The API is described [here](#tableofcontents).

qlobber is implemented using a trie, as described in the RabbitMQ blog posts [here](http://www.rabbitmq.com/blog/2010/09/14/very-fast-and-scalable-topic-routing-part-1/) and [here](http://www.rabbitmq.com/blog/2011/03/28/very-fast-and-scalable-topic-routing-part-2/).

## Installation

```shell
npm install qlobber
```

## Another Example

A more advanced example using topics from the [RabbitMQ topic tutorial](http://www.rabbitmq.com/tutorials/tutorial-five-python.html):

```javascript
var assert = require('assert');
var Qlobber = require('qlobber').Qlobber;
var matcher = new Qlobber();
matcher.add('*.orange.*', 'Q1');
matcher.add('*.*.rabbit', 'Q2');
matcher.add('lazy.#', 'Q2');
assert.deepEqual(['quick.orange.rabbit',
                  'lazy.orange.elephant',
                  'quick.orange.fox',
                  'lazy.brown.fox',
                  'lazy.pink.rabbit',
                  'quick.brown.fox',
                  'orange',
                  'quick.orange.male.rabbit',
                  'lazy.orange.male.rabbit'].map(function (topic)
                  {
                      return matcher.match(topic).sort();
                  }),
                 [['Q1', 'Q2'],
                  ['Q1', 'Q2'],
                  ['Q1'],
                  ['Q2'],
                  ['Q2', 'Q2'],
                  [],
                  [],
                  [],
                  ['Q2']]);
```

## Async Example

Same as the first example but using `await`:

```javascript
const assert = require('assert');
const { Qlobber } = require('qlobber').set_native(require('qlobber-native'));
const matcher = new Qlobber.nativeString();

(async () => {
    await matcher.addP('foo.*', 'it matched!');
    assert.deepEqual(await matcher.matchP('foo.bar'), ['it matched!']);
    assert(await matcher.testP('foo.bar', 'it matched!'));
})();
```

## Worker Thread Example

Same again but the matching is done on a separate thread:

```
const { Qlobber } = require('qlobber').set_native(require('qlobber-native'));
const {
    Worker, isMainThread, parentPort, workerData
} = require('worker_threads');

if (isMainThread) {
    const matcher = new Qlobber.nativeString();
    matcher.add('foo.*', 'it matched!');
    const worker = new Worker(__filename, {
        workerData: matcher.state_address
    });
    worker.on('message', msg => {
        const assert = require('assert');
        assert.deepEqual(msg, [['it matched!'], true]);
    });
} else {
    const matcher = new Qlobber.nativeString(workerData);
    parentPort.postMessage([
        matcher.match('foo.bar'),
        matcher.test('foo.bar', 'it matched!')
    ]);
}
```

## Licence

[MIT](LICENCE)

## Tests

qlobber passes the [RabbitMQ topic tests](https://github.com/rabbitmq/rabbitmq-server/blob/master/src/rabbit_tests.erl) (I converted them from Erlang to Javascript).

To run the tests:

```shell
npm test
```

## Lint

```shell
grunt lint
```

## Code Coverage

```shell
npm run coverage
```

[c8](https://github.com/bcoe/c8) results are available [here](http://rawgit.davedoesdev.com/davedoesdev/qlobber/master/coverage/lcov-report/index.html).

Coveralls page is [here](https://coveralls.io/r/davedoesdev/qlobber).

## Benchmarks

```shell
grunt bench
```

qlobber is also benchmarked in [ascoltatori](https://github.com/mcollina/ascoltatori).

## Native Qlobbers

The Javascript Qlobbers don't support asynchronous calls and worker threads
because Javascript values can't be shared between threads.

In order to support asynchronous calls and worker threads, a native C++
implementation is available in the
[qlobber-native](https://www.npmjs.com/package/qlobber-native) module.

Add qlobber-native as a dependency to your project and then add it to qlobber
like this:

```javascript
require('qlobber').set_native(require('qlobber-native'));
```

Note that [`set_native`](#set_nativeqlobber_native) returns qlobber's exports so you can do something like
this:

```javascript
const { Qlobber } = require('qlobber').set_native(require('qlobber-native'));
```

Note that qlobber-native requires Gnu C++ version 9+ and Boost 1.70+,
including the `boost_context` runtime library.

Once's you've added it to qlobber, the following classes will be available
alongside the Javascript classes:

- `Qlobber.nativeString`
- `Qlobber.nativeNumber`
- `QlobberDedup.nativeString`
- `QlobberDedup.nativeNumber`
- `QlobberTrue.native`

They can only hold values of a single type (currently strings or numbers).

### Asynchronous calls

The native classes support the same API as the Javascript classes but have the
following additional methods:

- `addP`
- `removeP`
- `matchP`
- `match_iterP`
- `testP`
- `clearP`
- `visitP`
- `get_restorerP`

They correspond to their namesakes but return Promises. Note that `match_iterP`
and `visitP` return async iterators.

# API
*/

/*jslint node: true, nomen: true */


var util = __webpack_require__(39023);

/**
Creates a new qlobber.

@constructor
@param {Object} [options] Configures the qlobber. Use the following properties:
- `{String} separator` The character to use for separating words in topics. Defaults to '.'. MQTT uses '/' as the separator, for example.

- `{String} wildcard_one` The character to use for matching exactly one _non-empty_ word in a topic. Defaults to '*'. MQTT uses '+', for example.

- `{String} wildcard_some` The character to use for matching zero or more words in a topic. Defaults to '#'. MQTT uses '#' too.

- `{Boolean} match_empty_levels` If `true` then `wilcard_one` also matches an empty word in a topic. Defaults to `false`.

- `{Boolean|Map} cache_adds` Whether to cache topics when adding topic matchers. This will make adding multiple matchers for the same topic faster at the cost of extra memory usage. Defaults to `false`. If you supply a `Map` then it will be used to cache the topics (use this to enumerate all the topics in the qlobber).

- `{Integer} cache_splits` How many `topic.split` results to cache. When you pass in a topic, it has to be split on the `separator`. Caching the results will make using the same topics multiple times faster at the cost of extra memory usage. Defaults to `0` (no caching). The number of split results cached is limited by the value you pass here.

- `{Integer} max_words` Maximum number of words to allow in a topic. Defaults to 100.

- `{Integer} max_wildcard_somes` Maximum number of `wildcard_some` words in a topic. Defaults to 3.
*/
function Qlobber (options)
{
    options = options || {};

    this._separator = options.separator || '.';
    this._wildcard_one = options.wildcard_one || '*';
    this._wildcard_some = options.wildcard_some || '#';
    this._max_words = options.max_words || 100;
    this._max_wildcard_somes = options.max_wildcard_somes || 3;
    this._match_empty_levels = options.match_empty_levels;
    this._trie = new Map();
    if (options.cache_adds instanceof Map)
    {
        this._shortcuts = options.cache_adds;
    }
    else if (options.cache_adds)
    {
        this._shortcuts = new Map();
    }
    if (options.cache_splits > 0)
    {
        this._cache_splits = options.cache_splits;
        this._split_cache = new Map();
    }
}

Qlobber.prototype._initial_value = function (val)
{
    return [val];
};

Qlobber.prototype._add_value = function (vals, val)
{
    vals[vals.length] = val;
};

Qlobber.prototype._add_values = function (dest, origin)
{
    var i, destLength = dest.length, originLength = origin.length;

    for (i = 0; i < originLength; i += 1)
    {
        dest[destLength + i] = origin[i];
    }
};

Qlobber.prototype._iter_values = function (origin, ctx)
{
    return origin[Symbol.iterator](ctx);
};

Qlobber.prototype._remove_value = function (vals, val)
{
    if (val === undefined)
    {
        return true;
    }

    var index = vals.lastIndexOf(val);

    if (index >= 0)
    {
        vals.splice(index, 1);
    }

    return vals.length === 0;
};

Qlobber.prototype._add = function (val, i, words, sub_trie)
{
    var st, word;

    if (i === words.length)
    {
        st = sub_trie.get(this._separator);
        
        if (st)
        {
            this._add_value(st, val);
        }
        else
        {
            st = this._initial_value(val);
            sub_trie.set(this._separator, st);
        }
        
        return st;
    }

    word = words[i];
    st = sub_trie.get(word);
    
    if (!st)
    {
        st = new Map();
        sub_trie.set(word, st);
    }
    
    return this._add(val, i + 1, words, st);
};

Qlobber.prototype._remove = function (val, i, words, sub_trie)
{
    var st, word, r;

    if (i === words.length)
    {
        st = sub_trie.get(this._separator);

        if (st && this._remove_value(st, val))
        {
            sub_trie.delete(this._separator);
            return true;
        }

        return false;
    }
    
    word = words[i];
    st = sub_trie.get(word);

    if (!st)
    {
        return false;
    }

    r = this._remove(val, i + 1, words, st);

    if (st.size === 0)
    {
        sub_trie.delete(word);
    }

    return r;
};

Qlobber.prototype._match_some = function (v, i, words, st, ctx)
{
    var j, w;

    for (w of st.keys())
    {
        if (w !== this._separator)
        {
            for (j = i; j < words.length; j += 1)
            {
                v = this._match(v, j, words, st, ctx);
            }
            break;
        }
    }

    return v;
};

Qlobber.prototype._match = function (v, i, words, sub_trie, ctx)
{
    var word, st;

    st = sub_trie.get(this._wildcard_some);

    if (st)
    {
        // in the common case there will be no more levels...
        v = this._match_some(v, i, words, st, ctx);
        // and we'll end up matching the rest of the words:
        v = this._match(v, words.length, words, st, ctx);
    }

    if (i === words.length)
    {
        st = sub_trie.get(this._separator);

        if (st)
        {
            if (v.dest)
            {
                this._add_values(v.dest, v.source, ctx);
                this._add_values(v.dest, st, ctx);
                v = v.dest;
            }
            else if (v.source)
            {
                v.dest = v.source;
                v.source = st;
            }
            else
            {
                this._add_values(v, st, ctx);
            }
        }
    }
    else
    {
        word = words[i];

        if ((word !== this._wildcard_one) && (word !== this._wildcard_some))
        {
            st = sub_trie.get(word);

            if (st)
            {
                v = this._match(v, i + 1, words, st, ctx);
            }
        }

        if (word || this._match_empty_levels)
        {
            st = sub_trie.get(this._wildcard_one);

            if (st)
            {
                v = this._match(v, i + 1, words, st, ctx);
            }
        }
    }

    return v;
};

Qlobber.prototype._match2 = function (v, topic, ctx)
{
    var vals = this._match(
    {
        source: v
    }, 0, this._split(topic, false), this._trie, ctx);

    return vals.source || vals;
};

Qlobber.prototype._test_some = function (v, i, words, st)
{
    var j, w;

    for (w of st.keys())
    {
        if (w !== this._separator)
        {
            for (j = i; j < words.length; j += 1)
            {
                if (this._test(v, j, words, st))
                {
                    return true;
                }
            }
            break;
        }
    }

    return false;
};

Qlobber.prototype._test = function (v, i, words, sub_trie)
{
    var word, st;

    st = sub_trie.get(this._wildcard_some);

    if (st)
    {
            // in the common case there will be no more levels...
        if (this._test_some(v, i, words, st) ||
            // and we'll end up matching the rest of the words:
            this._test(v, words.length, words, st))
        {
            return true;
        }
    }

    if (i === words.length)
    {
        st = sub_trie.get(this._separator);

        if (st && this.test_values(st, v))
        {
            return true;
        }
    }
    else
    {
        word = words[i];

        if ((word !== this._wildcard_one) && (word !== this._wildcard_some))
        {
            st = sub_trie.get(word);

            if (st && this._test(v, i + 1, words, st))
            {
                return true;
            }
        }

        if (word || this._match_empty_levels)
        {
            st = sub_trie.get(this._wildcard_one);

            if (st && this._test(v, i + 1, words, st))
            {
                return true;
            }
        }
    }

    return false;
};

Qlobber.prototype._match_some_iter = function* (i, words, st, ctx)
{
    var j, w;

    for (w of st.keys())
    {
        if (w !== this._separator)
        {
            for (j = i; j < words.length; j += 1)
            {
                yield* this._match_iter(j, words, st, ctx);
            }
            break;
        }
    }
};

Qlobber.prototype._match_iter = function* (i, words, sub_trie, ctx)
{
    var word, st;

    st = sub_trie.get(this._wildcard_some);

    if (st)
    {
        // in the common case there will be no more levels...
        yield* this._match_some_iter(i, words, st, ctx);
        // and we'll end up matching the rest of the words:
        yield* this._match_iter(words.length, words, st, ctx);
    }

    if (i === words.length)
    {
        st = sub_trie.get(this._separator);

        if (st)
        {
            yield* this._iter_values(st, ctx);
        }
    }
    else
    {
        word = words[i];

        if ((word !== this._wildcard_one) && (word !== this._wildcard_some))
        {
            st = sub_trie.get(word);

            if (st)
            {
                yield* this._match_iter(i + 1, words, st, ctx);
            }
        }

        if (word || this._match_empty_levels)
        {
            st = sub_trie.get(this._wildcard_one);

            if (st)
            {
                yield* this._match_iter(i + 1, words, st, ctx);
            }
        }
    }
};

Qlobber.prototype._split_words = function (topic) {
    const r = topic.split(this._separator);
    if (r.length > this._max_words) {
        throw new Error('too many words');
    }
    return r;
};

Qlobber.prototype._split = function (topic, adding) {
    let r;
    if (this._split_cache) {
        r = this._split_cache.get(topic);
        if (r === undefined) {
            r = this._split_words(topic);
            this._split_cache.set(topic, r);
            if (this._split_cache.size > this._cache_splits) {
                for (let t of this._split_cache.keys()) {
                    this._split_cache.delete(t);
                    break;
                }
            }
        }
    } else {
        r = this._split_words(topic);
    }
    if (adding &&
        (r.reduce((n, w) => n + (w === this._wildcard_some), 0) > this._max_wildcard_somes)) {
        throw new Error('too many wildcard somes');
    }
    return r;
};

/**
Add a topic matcher to the qlobber.

Note you can match more than one value against a topic by calling `add` multiple times with the same topic and different values.

@param {String} topic The topic to match against.
@param {Any} val The value to return if the topic is matched.
@return {Qlobber} The qlobber (for chaining).
*/
Qlobber.prototype.add = function (topic, val)
{
    var shortcut = this._shortcuts && this._shortcuts.get(topic);
    if (shortcut)
    {
        this._add_value(shortcut, val);
    }
    else
    {
        shortcut = this._add(val, 0, this._split(topic, true), this._trie);
        if (this._shortcuts)
        {
            this._shortcuts.set(topic, shortcut);
        }
    }
    return this;
};

/**
Remove a topic matcher from the qlobber.

@param {String} topic The topic that's being matched against.
@param {Any} [val] The value that's being matched. If you don't specify `val` then all matchers for `topic` are removed.
@return {Qlobber} The qlobber (for chaining).
*/
Qlobber.prototype.remove = function (topic, val)
{
    if (this._remove(val, 0, this._split(topic, false), this._trie) && this._shortcuts)
    {
        this._shortcuts.delete(topic);
    }
    return this;
};

/**
Match a topic.

@param {String} topic The topic to match against.
@return {Array} List of values that matched the topic. This may contain duplicates. Use a [`QlobberDedup`](#qlobberdedupoptions) if you don't want duplicates.
*/
Qlobber.prototype.match = function (topic, ctx)
{
    return this._match2([], topic, ctx);
};

/**
Match a topic, returning the matches one at a time.

@return {Iterator} An iterator on the values that match the topic. There may be duplicate values, even if you use a [`QlobberDedup`](#qlobberdedupoptions).
*/
Qlobber.prototype.match_iter = function (topic, ctx)
{
    return this._match_iter(0, this._split(topic, false), this._trie, ctx);
};

/**
Test whether a topic match contains a value. Faster than calling [`match`](#qlobberprototypematchtopic) and searching the result for the value. Values are tested using [`test_values`](#qlobberprototypetest_valuesvals-val).

@param {String} topic The topic to match against.
@param {Any} val The value being tested for.
@return {Boolean} Whether matching against `topic` contains `val`.
*/
Qlobber.prototype.test = function (topic, val)
{
    return this._test(val, 0, this._split(topic, false), this._trie);
};

/**
Test whether values found in a match contain a value passed to [`test`](#qlobberprototypetesttopic-val). You can override this to provide a custom implementation. Defaults to using `indexOf`.

@param {Array} vals The values found while matching.
@param {Any} val The value being tested for.
@return {Boolean} Whether `vals` contains `val`.
*/
Qlobber.prototype.test_values = function (vals, val)
{
    return vals.indexOf(val) >= 0;
};

/**
Reset the qlobber.

Removes all topic matchers from the qlobber.

@return {Qlobber} The qlobber (for chaining).
*/
Qlobber.prototype.clear = function ()
{
    this._trie.clear();
    if (this._shortcuts)
    {
        this._shortcuts.clear();
    }
    if (this._split_cache)
    {
        this._split_cache.clear();
    }
    return this;
};

// for debugging
Qlobber.prototype.get_trie = function ()
{
    return this._trie;
};

/**
Visit each node in the qlobber's trie in turn.

@return {Iterator} An iterator on the trie. The iterator returns objects which, if fed (in the same order) to the function returned by [`get_restorer`](#qlobberprototypeget_restoreroptions) on a different qlobber, will build that qlobber's trie to the same state. The objects can be serialized using `JSON.stringify`, _if_ the values you store in the qlobber are also serializable.
*/
Qlobber.prototype.visit = function* ()
{
    let iterators = [],
        iterator = this._trie.entries(),
        i = 0;

    while (true)
    {
        if (i === 0)
        {
            yield { type: 'start_entries' };
        }

        let next = iterator.next();

        if (next.done)
        {
            yield { type: 'end_entries' };

            let prev = iterators.pop();
            if (prev === undefined)
            {
                return;
            }

            [iterator, i] = prev;
            continue;
        }

        let [key, value] = next.value;
        yield { type: 'entry', key: key };
        ++i;

        if (key === this._separator)
        {
            yield { type: 'start_values' };

            if (value[Symbol.iterator])
            {
                for (let v of value)
                {
                    yield { type: 'value', value: v };
                }
            }
            else
            {
                yield { type: 'value', value: value };
            }

            yield { type: 'end_values' };
            continue;
        }

        iterators.push([iterator, i]);
        iterator = value.entries();
        i = 0;
    }
};

/**
Get a function which can restore the qlobber's trie to a state you retrieved
by calling [`visit`](#qlobberprototypevisit) on this or another qlobber.

@param {Object} [options] Options for restoring the trie.
- `{Boolean} cache_adds` Whether to cache topics when rebuilding the trie. This only applies if you also passed `cache_adds` as true in the [constructor](#qlobberoptions).

@return {Function} Function to call in order to rebuild the qlobber's trie. You should call this repeatedly with the objects you received from a call to [`visit`](#qlobberprototypevisit). If you serialized the objects, remember to deserialize them first (e.g. with `JSON.parse`)!
*/
Qlobber.prototype.get_restorer = function (options)
{
    options = options || {};

    let sts = [],
        entry = this._trie,
        path = '';

    return obj =>
    {
        switch (obj.type)
        {
            case 'entry':
                entry = entry || new Map();
                sts.push([entry, obj.key, path]);
                entry = entry.get(obj.key);
                if (options.cache_adds)
                {
                    if (path)
                    {
                        path += this._separator;
                    }
                    path += obj.key;
                }
                break;

            case 'value':
                if (entry)
                {
                    this._add_value(entry, obj.value);
                }
                else
                {
                    entry = this._initial_value(obj.value);
                }
                break;

            case 'end_entries':
                if (entry && (entry.size === 0))
                {
                    entry = undefined;
                }
                /* falls through */

            case 'end_values':
                let prev = sts.pop();
                if (prev === undefined)
                {
                    entry = undefined;
                    path = '';
                }
                else
                {
                    let [prev_entry, key, prev_path] = prev;
                    if (entry)
                    {
                        if (options.cache_adds &&
                            this._shortcuts &&
                            (obj.type === 'end_values'))
                        {
                            this._shortcuts.set(prev_path, entry);
                        }
                        prev_entry.set(key, entry);
                    }
                    entry = prev_entry;
                    path = prev_path;
                }
                break;
        }
    };
};

/**
Creates a new de-duplicating qlobber.

Inherits from [`Qlobber`](#qlobberoptions).

@constructor
@param {Object} [options] Same options as Qlobber.
*/
function QlobberDedup (options)
{
    Qlobber.call(this, options);
}

util.inherits(QlobberDedup, Qlobber);

QlobberDedup.prototype._initial_value = function (val)
{
    return new Set().add(val);
};

QlobberDedup.prototype._add_value = function (vals, val)
{
    vals.add(val);
};

QlobberDedup.prototype._add_values = function (dest, origin)
{
    origin.forEach(function (val)
    {
        dest.add(val);
    });
};

QlobberDedup.prototype._remove_value = function (vals, val)
{
    if (val === undefined)
    {
        return true;
    }

    vals.delete(val);
    return vals.size === 0;
};

/**
Test whether values found in a match contain a value passed to [`test`](#qlobberprototypetesttopic_val). You can override this to provide a custom implementation. Defaults to using `has`.

@param {Set} vals The values found while matching ([ES6 Set](http://www.ecma-international.org/ecma-262/6.0/#sec-set-objects)).
@param {Any} val The value being tested for.
@return {Boolean} Whether `vals` contains `val`.
*/
QlobberDedup.prototype.test_values = function (vals, val)
{
    return vals.has(val);
};

/**
Match a topic.

@param {String} topic The topic to match against.
@return {Set} [ES6 Set](http://www.ecma-international.org/ecma-262/6.0/#sec-set-objects) of values that matched the topic.
*/
QlobberDedup.prototype.match = function (topic, ctx)
{
    return this._match2(new Set(), topic, ctx);
};

/**
Creates a new qlobber which only stores the value `true`.

Whatever value you [`add`](#qlobberprototypeaddtopic-val) to this qlobber
(even `undefined`), a single, de-duplicated `true` will be stored. Use this
qlobber if you only need to test whether topics match, not about the values
they match to.

Inherits from [`Qlobber`](#qlobberoptions).

@constructor
@param {Object} [options] Same options as Qlobber.
*/
function QlobberTrue (options)
{
    Qlobber.call(this, options);
}

util.inherits(QlobberTrue, Qlobber);

QlobberTrue.prototype._initial_value = function ()
{
    return true;
};

QlobberTrue.prototype._add_value = function ()
{
};

QlobberTrue.prototype._remove_value = function ()
{
    return true;
};

QlobberTrue.prototype._iter_values = function* ()
{
    yield true;
};

/**
This override of [`test_values`](#qlobberprototypetest_valuesvals-val) always
returns `true`. When you call [`test`](#qlobberprototypetesttopic-val) on a
`QlobberTrue` instance, the value you pass is ignored since it only cares
whether a topic is matched.

@return {Boolean} Always `true`.
*/
QlobberTrue.prototype.test_values = function ()
{
    return true;    
};

/**
Match a topic.

Since `QlobberTrue` only cares whether a topic is matched and not about values
it matches to, this override of [`match`](#qlobberprototypematchtopic) just
calls [`test`](#qlobberprototypetesttopic-val) (with value `undefined`).

@param {String} topic The topic to match against.
@return {Boolean} Whether the `QlobberTrue` instance matches the topic.
*/
QlobberTrue.prototype.match = function (topic, ctx)
{
    return this.test(topic, ctx);
};

let stream = __webpack_require__(2203);

/**
Creates a new [`Readable`](https://nodejs.org/dist/latest-v8.x/docs/api/stream.html#stream_class_stream_readable) stream, in object mode, which calls [`visit`](#qlobberprototypevisit) on a qlobber to generate its data.

You could [`pipe`](https://nodejs.org/dist/latest-v8.x/docs/api/stream.html#stream_readable_pipe_destination_options) this to a [`JSONStream.stringify`](https://github.com/dominictarr/JSONStream#jsonstreamstringifyopen-sep-close) stream, for instance, to serialize the qlobber to JSON. See [this test](test/json.js#L14) for an example.

Inherits from [`Readable`](https://nodejs.org/dist/latest-v8.x/docs/api/stream.html#stream_class_stream_readable).

@constructor

@param {Qlobber} qlobber The qlobber to call [`visit`](#qlobberprototypevisit) on.
*/
function VisitorStream (qlobber)
{
    stream.Readable.call(this, { objectMode: true });
    this._iterator = qlobber.visit();
}

util.inherits(VisitorStream, stream.Readable);

VisitorStream.prototype._read = function ()
{
    while (true)
    {
        let { done, value } = this._iterator.next();

        if (done)
        {
            this.push(null);
            break;
        }

        if (!this.push(value))
        {
            break;
        }
    }
};

/**
Creates a new [`Writable`](https://nodejs.org/dist/latest-v8.x/docs/api/stream.html#stream_class_stream_writable) stream, in object mode, which passes data written to it into the function returned by calling [`get_restorer`](#qlobberprototypeget_restoreroptions) on a qlobber.

You could [`pipe`](https://nodejs.org/dist/latest-v8.x/docs/api/stream.html#stream_readable_pipe_destination_options) a [`JSONStream.parse`](https://github.com/dominictarr/JSONStream#jsonstreamparsepath) stream to this, for instance, to deserialize the qlobber from JSON. See [this test](test/json.js#L33) for an example.

Inherits from [`Writable`](https://nodejs.org/dist/latest-v8.x/docs/api/stream.html#stream_class_stream_writable).

@constructor

@param {Qlobber} qlobber The qlobber to call [`get_restorer`](#qlobberprototypeget_restoreroptions) on.
*/
function RestorerStream (qlobber)
{
    stream.Writable.call(this, { objectMode: true });
    this._restorer = qlobber.get_restorer();
}

util.inherits(RestorerStream, stream.Writable);

RestorerStream.prototype._write = function (value, _, cb)
{
    this._restorer(value);
    cb();
};

let native_module = null;

/**
Add [qlobber-native](https://www.npmjs.com/package/qlobber-native) to qlobber.

@param {Object} qlobber_native The qlobber-native module, obtained using `require('qlobber-native')`.
@return {Object} The qlobber exports with the following native classes added:
- `Qlobber.nativeString`
- `Qlobber.nativeNumber`
- `QlobberDedup.nativeString`
- `QlobberDedup.nativeNumber`
- `QlobberTrue.native`
*/
function set_native(qlobber_native)
{
    if (qlobber_native !== native_module)
    {
        const wrap_native = __webpack_require__(79778);
        Qlobber.nativeString = wrap_native(qlobber_native.QlobberString, Qlobber);
        Qlobber.nativeNumber = wrap_native(qlobber_native.QlobberNumber, Qlobber);
        QlobberDedup.nativeString = wrap_native(qlobber_native.QlobberDedupString, QlobberDedup);
        QlobberDedup.nativeNumber = wrap_native(qlobber_native.QlobberDedupNumber, QlobberDedup);
        QlobberTrue.native = wrap_native(qlobber_native.QlobberTrue, QlobberTrue);
        native_module = qlobber_native;
    }

    return exports;
}

exports.Qlobber = Qlobber;
exports.QlobberDedup = QlobberDedup;
exports.QlobberTrue = QlobberTrue;
exports.VisitorStream = VisitorStream;
exports.RestorerStream = RestorerStream;
exports.set_native = set_native;


/***/ }),

/***/ 79778:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const util = __webpack_require__(39023);

module.exports = function(QlobberNative, Qlobber)
{
    class WrappedQlobberNative extends QlobberNative
    {
        constructor(options) {
            super(options);
            this.addP = util.promisify(this.add_async);
            this.removeP = util.promisify(this.remove_async);
            this.matchP = util.promisify(this.match_async);
            this.testP = util.promisify(this.test_async);
            this.clearP = util.promisify(this.clear_async);
            this._get_visitorP = util.promisify(this.get_visitor_async);
            this._visit_nextP = util.promisify(this.visit_next_async);
            this._get_restorerP = util.promisify(this.get_restorer_async);
            this._restore_nextP = util.promisify(this.restore_next_async);
            this._match_iterP = util.promisify(this.match_iter_async);
            this._match_nextP = util.promisify(this.match_next_async);
        }

        *visit()
        {
            const visitor = this.get_visitor();

            while (true)
            {
                const v = this.visit_next(visitor);
                if (v === undefined)
                {
                    break;
                }
                yield v;
            }
        }

        async *visitP()
        {
            const visitor = await this._get_visitorP();

            while (true)
            {
                const v = await this._visit_nextP(visitor);
                if (v === undefined)
                {
                    break;
                }
                yield v;
            }
        }

        *match_iter(topic, ctx) {
            const iterator = super.match_iter(topic, ctx);

            while (true)
            {
                const v = this.match_next(iterator);
                if (v === undefined)
                {
                    break;
                }
                yield v.value;
            }
        }

        async *match_iterP(topic, ctx) {
            const iterator = await this._match_iterP(topic, ctx);

            while (true)
            {
                const v = await this._match_nextP(iterator);
                if (v === undefined)
                {
                    break;
                }
                yield v.value;
            }
        }

        get_trie()
        {
            const qlobber = new Qlobber(this.options);
            const restorer = qlobber.get_restorer();

            for (let v of this.visit())
            {
                restorer(v);
            }

            return qlobber.get_trie();
        }

        get_restorer(options)
        {
            const restorer = super.get_restorer(options);
            return obj => {
                super.restore_next(restorer, obj);
            };
        }

        async get_restorerP(options)
        {
            const restorer = await this._get_restorerP(options);
            return async obj => {
                await this._restore_nextP(restorer, obj);
            };
        }
    }

    WrappedQlobberNative.is_native = true;
    WrappedQlobberNative.nonNative = Qlobber;

    return WrappedQlobberNative;
};


/***/ }),

/***/ 10660:
/***/ ((module) => {



function reusify (Constructor) {
  var head = new Constructor()
  var tail = head

  function get () {
    var current = head

    if (current.next) {
      head = current.next
    } else {
      head = new Constructor()
      tail = head
    }

    current.next = null

    return current
  }

  function release (obj) {
    tail.next = obj
    tail = obj
  }

  return {
    get: get,
    release: release
  }
}

module.exports = reusify


/***/ }),

/***/ 51571:
/***/ ((module) => {

module.exports = extend

var hasOwnProperty = Object.prototype.hasOwnProperty;

function extend() {
    var target = {}

    for (var i = 0; i < arguments.length; i++) {
        var source = arguments[i]

        for (var key in source) {
            if (hasOwnProperty.call(source, key)) {
                target[key] = source[key]
            }
        }
    }

    return target
}


/***/ }),

/***/ 41132:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Aedes: () => (/* binding */ Aedes)
});

// UNUSED EXPORTS: default

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ../../node_modules/.pnpm/aedes-packet@4.0.1/node_modules/aedes-packet/packet.js
var aedes_packet_packet = __webpack_require__(77926);
// EXTERNAL MODULE: ../../node_modules/.pnpm/aedes-persistence@11.0.0/node_modules/aedes-persistence/persistence.js
var persistence = __webpack_require__(89420);
// EXTERNAL MODULE: ../../node_modules/.pnpm/mqemitter@7.1.0/node_modules/mqemitter/mqemitter.js
var mqemitter = __webpack_require__(21561);
// EXTERNAL MODULE: ../../node_modules/.pnpm/mqtt-packet@9.0.2/node_modules/mqtt-packet/mqtt.js
var mqtt = __webpack_require__(53590);
// EXTERNAL MODULE: external "util"
var external_util_ = __webpack_require__(39023);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/aedes@1.2.0/node_modules/aedes/lib/write.js


function write (client, packet, done) {
  let error = null
  if (client.connecting || client.connected) {
    try {
      const result = mqtt.writeToStream(packet, client.conn)
      if (!result && !client.errored) {
        // Socket buffer is full - wait for drain
        client.waitForDrain(done)
        return
      }
    } catch (e) {
      error = new Error('packet received not valid')
    }
  } else {
    error = new Error('connection closed')
  }

  setImmediate(done, error, client)
}

/* harmony default export */ const lib_write = (write);

;// CONCATENATED MODULE: ../../node_modules/.pnpm/aedes@1.2.0/node_modules/aedes/lib/qos-packet.js


class QoSPacket extends aedes_packet_packet {
  constructor (original, client) {
    super(original, client.broker)

    this.writeCallback = client._onError.bind(client)

    if (!original.messageId) {
      this.messageId = client._nextId
      if (client._nextId >= 65535) {
        client._nextId = 1
      } else {
        client._nextId++
      }
    } else {
      this.messageId = original.messageId
    }
  }
}

/* harmony default export */ const qos_packet = (QoSPacket);

// EXTERNAL MODULE: external "stream"
var external_stream_ = __webpack_require__(2203);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/aedes@1.2.0/node_modules/aedes/lib/utils.js


function noop () { }

// The routing libraries (mqemitter and the persistence trie) are backed by
// qlobber, which splits a topic on '/' and throws `too many words` once the
// number of levels exceeds its `max_words` limit (default 100). That throw is
// synchronous and uncaught, so a single deeply nested topic would crash the
// broker. We mirror qlobber's level count here (levels === split('/').length)
// to reject such topics before they reach qlobber. The '/' separator is the
// mqemitter/aedes-persistence default and is not configurable through aedes.
// Non-string topics have no level count; return 0 so the caller's own empty/
// invalid-topic checks handle them instead of this throwing a TypeError.
function topicLevelCount (topic) {
  if (typeof topic !== 'string') return 0
  let levels = 1
  for (let i = 0; i < topic.length; i++) {
    if (topic.charCodeAt(i) === 47) levels++ // '/'
  }
  return levels
}

function validateTopic (topic, message, maxTopicLevels) {
  if (!topic || topic.length === 0) { // [MQTT-3.8.3-3]
    return new Error('impossible to ' + message + ' to an empty topic')
  }

  // Reject deeply nested topics at the protocol boundary, before any
  // persistence side-effect or qlobber call. See topicLevelCount above.
  if (maxTopicLevels && topicLevelCount(topic) > maxTopicLevels) {
    return new Error('topic has too many levels')
  }

  const end = topic.length - 1
  const endMinus = end - 1
  const slashInPreEnd = endMinus > 0 && topic.charCodeAt(endMinus) !== 47

  for (let i = 0; i < topic.length; i++) {
    switch (topic.charCodeAt(i)) {
      case 35: { // #
        const notAtTheEnd = i !== end
        if (notAtTheEnd || slashInPreEnd) {
          return new Error('# is only allowed in ' + message + ' in the last position')
        }
        break
      }
      case 43: { // +
        const pastChar = i < end - 1 && topic.charCodeAt(i + 1) !== 47
        const preChar = i > 1 && topic.charCodeAt(i - 1) !== 47
        if (pastChar || preChar) {
          return new Error('+ is only allowed in ' + message + ' between /')
        }
        break
      }
    }
  }
}

function through (transform) {
  return new external_stream_.Transform({
    objectMode: true,
    transform
  })
}

function runFall (fns) {
  // run functions in fastfall style, only need the single argument function
  return function (arg, cb) {
    let i = 0
    const ctx = this
    function next (err, nextarg) {
      if (err || i === fns.length) {
        if (typeof cb === 'function') {
          cb.call(ctx, err, nextarg)
        }
        return
      }
      const fn = fns[i++]
      fn.call(ctx, nextarg, next)
    }
    next(null, arg)
  }
}

function runSeries (state, actions, packet, done) {
  // runSeries runs functions in fastseries style
  done = (done || noop).bind(state)
  let i = 0
  function next (err) {
    if (err || i === actions.length) return done(err)
    actions[i++].call(state, packet, next)
  }
  next()
}

function runParallel (state, fn, items, done) {
  // runParallel runs fn over every item in fastparallel style: fan them all
  // out concurrently and invoke done once — on the first error, or after all
  // have completed. Used instead of Promise.all(items.map(...)) so we don't
  // allocate a promise per item on the (control-path) subscribe/unsubscribe.
  done = (done || noop).bind(state)
  let remaining = items.length
  if (remaining === 0) return done()
  let finished = false
  function cb (err) {
    if (finished) return
    if (err) {
      finished = true
      return done(err)
    }
    if (--remaining === 0) {
      finished = true
      done()
    }
  }
  for (let i = 0; i < items.length; i++) {
    fn.call(state, items[i], cb)
  }
}

function once (fn) {
  let called = false
  return function (err) {
    /* c8 ignore next -- guard against double-callback in async error paths */
    if (called) return
    called = true
    fn(err)
  }
}

/**
 * Async generator that groups items from a readable into batches.
 * Note: `fn(chunk)` is invoked eagerly for each item in the batch and
 * the generator yields an array of the results (often promises). Callers
 * must `await Promise.all(batch)` to apply backpressure before proceeding
 * to the next yielded batch.
 */
async function * batch (readable, fn, batchSize) {
  let chunks = []
  for await (const chunk of readable) {
    chunks.push(fn(chunk))
    if (chunks.length === batchSize) {
      yield chunks
      chunks = []
    }
  }
  // if chunks is half full when the iterator ends
  if (chunks.length > 0) {
    yield chunks
  }
}

const $SYS_PREFIX = '$SYS/'

;// CONCATENATED MODULE: ../../node_modules/.pnpm/aedes@1.2.0/node_modules/aedes/lib/handlers/subscribe.js




const subscribeTopicActions = runFall([
  authorize,
  storeSubscriptions,
  addSubs
])
const restoreTopicActions = runFall([
  authorize,
  addSubs
])

class SubAck {
  constructor (packet, granted) {
    this.cmd = 'suback'
    this.messageId = packet.messageId
    // the qos granted
    this.granted = granted
  }
}

class Subscription {
  constructor (qos, func, rh, rap, nl) {
    this.qos = qos
    this.func = func

    // retain-handling indicates how retained messages should be
    // handled when a new subscription is created
    // (see [MQTT-3.3.1-9] through [MQTT-3.3.1-11])
    this.rh = rh

    // retain-as-published indicates whether to leave the retain flag as-is (true)
    // or to clear it before sending to subscriptions (false) default false
    // (see [MQTT-3.3.1-12] through [MQTT-3.3.1-13])
    this.rap = rap

    // no-local indicates that a client should not receive its own
    // messages (see [MQTT-3.8.3-3])
    this.nl = nl
  }
}

class SubscribeState {
  constructor (client, packet, restore, finish) {
    this.client = client
    this.packet = packet
    this.actions = restore ? restoreTopicActions : subscribeTopicActions
    this.finish = finish
    this.subState = []
  }
}

class SubState {
  constructor (client, packet, granted, rh, rap, nl) {
    this.client = client
    this.packet = packet
    this.granted = granted
    this.rh = rh
    this.rap = rap
    this.nl = nl
  }
}

// if same subscribed topic in subs array, we pick up the last one
function _dedupe (subs) {
  const dedupeSubs = new Map()
  for (let i = 0; i < subs.length; i++) {
    const sub = subs[i]
    dedupeSubs.set(sub.topic, sub)
  }
  return [...dedupeSubs.values()]
}

function handleSubscribe (client, packet, restore, finish) {
  const done = once(finish)
  packet.subscriptions = packet.subscriptions.length === 1 ? packet.subscriptions : _dedupe(packet.subscriptions)
  const state = new SubscribeState(client, packet, restore, done)
  // Use the callback-based runParallel rather than Promise.all(subscriptions.map(...)):
  // SUBSCRIBE is on the control path and runs once per topic, so avoiding the N+1
  // promise allocations per packet keeps allocation flat (matches the original fastparallel).
  runParallel(state, doSubscribe, packet.subscriptions, (err) => {
    if (err) {
      done(err)
    } else if (restore) {
      done()
    } else {
      completeSubscribe.call(state)
    }
  })
}

function doSubscribe (sub, done) {
  const s = new SubState(this.client, this.packet, sub.qos, sub.rh, sub.rap, sub.nl)
  this.subState.push(s)
  this.actions.call(s, sub, done)
}

function authorize (sub, done) {
  const client = this.client
  const err = validateTopic(sub.topic, 'SUBSCRIBE', client.broker.maxTopicLevels)
  if (err) {
    return done(err)
  }
  client.broker.authorizeSubscribe(client, sub, done)
}

function blockDollarSignTopics (func) {
  return function deliverSharp (packet, cb) {
    // '$' is 36
    if (packet.topic.charCodeAt(0) === 36) {
      cb()
    } else {
      func(packet, cb)
    }
  }
}

function storeSubscriptions (sub, done) {
  if (!sub || typeof sub !== 'object') {
    // means failure: MQTT 3.1.1 specs > 3.9.3 Payload
    this.granted = 128
    return done(null, null)
  }

  const packet = this.packet
  const client = this.client

  if (client.clean) {
    return done(null, sub)
  }

  client.broker.persistence.addSubscriptions(client, packet.subscriptions)
    .then(() => done(null, sub), err => done(err, sub))
}

function addSubs (sub, done) {
  if (!sub || typeof sub !== 'object') {
    return done()
  }

  const client = this.client
  const broker = client.broker
  const topic = sub.topic
  const qos = sub.qos
  const rh = this.rh
  const rap = this.rap
  const nl = this.nl
  let func = qos > 0 ? client.deliverQoS : client.deliver0

  const deliverFunc = func
  func = function handlePacketSubscription (_packet, cb) {
    _packet = new aedes_packet_packet(_packet, broker)
    _packet.nl = nl
    if (!rap) _packet.retain = false
    deliverFunc(_packet, cb)
  }

  // [MQTT-4.7.2-1]
  if (isStartsWithWildcard(topic)) {
    func = blockDollarSignTopics(func)
  }

  if (client.closed || client.broker.closed) {
    // a hack, sometimes client.close() or broker.close() happened
    // before authenticate() comes back
    // we don't continue subscription here
    return
  }

  if (!client.subscriptions[topic]) {
    client.subscriptions[topic] = new Subscription(qos, func, rh, rap, nl)
    broker.subscribe(topic, func, done)
  } else if (client.subscriptions[topic].qos !== qos || client.subscriptions[topic].rh !== rh || client.subscriptions[topic].rap !== rap || client.subscriptions[topic].nl !== nl) {
    broker.unsubscribe(topic, client.subscriptions[topic].func)
    client.subscriptions[topic] = new Subscription(qos, func, rh, rap, nl)
    broker.subscribe(topic, func, done)
  } else {
    done()
  }
}

// + is 43
// # is 35
function isStartsWithWildcard (topic) {
  const code = topic.charCodeAt(0)
  return code === 43 || code === 35
}

function completeSubscribe () {
  const done = this.finish
  const packet = this.packet
  const client = this.client

  if (packet.messageId !== undefined) {
    // [MQTT-3.9.3-1]
    lib_write(client,
      new SubAck(packet, this.subState.map(obj => obj.granted)),
      done)
  } else {
    done()
  }

  const broker = client.broker

  // subscriptions array to return as result in 'subscribe' event and $SYS
  const subs = packet.subscriptions

  // topics we need to retrieve retain values from
  const topics = []

  for (let i = 0; i < subs.length; i++) {
    // skip topics that are not allowed
    if (this.subState[i].granted !== 128) {
      topics.push(subs[i].topic)
    }
    // set granted qos to subscriptions
    subs[i].qos = this.subState[i].granted
  }

  this.subState = []

  broker.emit('subscribe', subs, client)
  broker.publish({
    topic: $SYS_PREFIX + broker.id + '/new/subscribes',
    payload: Buffer.from(JSON.stringify({
      clientId: client.id,
      subs
    }), 'utf8')
  }, subscribe_noop)

  // Conform to MQTT 3.1.1 section 3.1.2.4
  // Restored sessions should not contain any retained message.
  // Retained message should be only fetched from SUBSCRIBE.

  if (topics.length > 0) {
    const persistence = broker.persistence
    const stream = persistence.createRetainedStreamCombi(topics)
    stream.pipe(through(function sendRetained (packet, enc, cb) {
      packet = new aedes_packet_packet({
        cmd: packet.cmd,
        qos: packet.qos,
        topic: packet.topic,
        payload: packet.payload,
        retain: true
      }, broker)
      // this should not be deduped
      packet.brokerId = null
      client.deliverQoS(packet, cb)
    }))
  }
}

function subscribe_noop () { }

/* harmony default export */ const subscribe = (handleSubscribe);

;// CONCATENATED MODULE: ../../node_modules/.pnpm/aedes@1.2.0/node_modules/aedes/lib/handlers/unsubscribe.js



class UnSubAck {
  constructor (packet) {
    this.cmd = 'unsuback'
    this.messageId = packet.messageId // [MQTT-3.10.4-4]
  }
}

class UnsubscribeState {
  constructor (client, packet, finish) {
    this.client = client
    this.packet = packet
    this.finish = finish
  }
}

function handleUnsubscribe (client, packet, finish) {
  const done = once(finish)
  const broker = client.broker
  const unsubscriptions = packet.unsubscriptions
  let err

  for (let i = 0; i < unsubscriptions.length; i++) {
    err = validateTopic(unsubscriptions[i], 'UNSUBSCRIBE', broker.maxTopicLevels)
    if (err) {
      return done(err)
    }
  }

  if (packet.messageId !== undefined) {
    if (client.clean) {
      return actualUnsubscribe(client, packet, done)
    }

    broker.persistence.removeSubscriptions(client, unsubscriptions)
      .then(() => actualUnsubscribe(client, packet, done), done)
  } else {
    actualUnsubscribe(client, packet, done)
  }
}

function actualUnsubscribe (client, packet, done) {
  const state = new UnsubscribeState(client, packet, done)
  // Use the callback-based runParallel instead of Promise.all(unsubscriptions.map(...))
  // — see subscribe.js: avoids allocating a promise per topic on the control path.
  runParallel(state, doUnsubscribe, packet.unsubscriptions, (err) => {
    completeUnsubscribe.call(state, err)
  })
}

function doUnsubscribe (sub, done) {
  const client = this.client
  const broker = client.broker
  const s = client.subscriptions[sub]

  if (s) {
    const func = s.func
    broker.unsubscribe(
      sub,
      func,
      (err) => {
        if (err) {
          done(err)
        } else {
          delete client.subscriptions[sub]
          done()
        }
      })
  } else {
    done()
  }
}

function completeUnsubscribe (err) {
  const client = this.client
  const done = this.finish

  if (err) {
    client.emit('error', err)
    return done(err)
  }

  const packet = this.packet

  if (packet.messageId !== undefined) {
    lib_write(client, new UnSubAck(packet),
      done)
  } else {
    done()
  }

  if ((!client.closed || client.clean === true) && packet.unsubscriptions.length > 0) {
    client.broker.emit('unsubscribe', packet.unsubscriptions, client)
    client.broker.publish({
      topic: $SYS_PREFIX + client.broker.id + '/new/unsubscribes',
      payload: Buffer.from(JSON.stringify({
        clientId: client.id,
        subs: packet.unsubscriptions
      }), 'utf8')
    }, unsubscribe_noop)
  }
}

function unsubscribe_noop () { }

/* harmony default export */ const unsubscribe = (handleUnsubscribe);

;// CONCATENATED MODULE: ../../node_modules/.pnpm/aedes@1.2.0/node_modules/aedes/lib/handlers/connect.js







class Connack {
  constructor (arg) {
    this.cmd = 'connack'
    this.returnCode = arg.returnCode
    this.sessionPresent = arg.sessionPresent
  }
}

class ClientPacketStatus {
  constructor (client, packet) {
    this.client = client
    this.packet = packet
  }
}

const connectActions = [
  authenticate,
  setKeepAlive,
  fetchSubs,
  restoreSubs,
  storeWill,
  registerClient,
  cleanIncoming,
  doConnack,
  emptyQueue
]

const errorMessages = [
  '',
  'unacceptable protocol version',
  'identifier rejected',
  'Server unavailable',
  'bad user name or password',
  'not authorized',
  'keep alive limit exceeded'
]

function handleConnect (client, packet, done) {
  clearTimeout(client._connectTimer)
  client._connectTimer = null
  client.connecting = true
  client.broker.preConnect(client, packet, negate)

  function negate (err, successful) {
    if (!err && successful === true) {
      setImmediate(init, client, packet, done)
    } else {
      client.connecting = false
      done(err)
    }
  }
}

function init (client, packet, done) {
  const clientId = packet.clientId
  let returnCode = 0
  // [MQTT-3.1.2-2]
  if (packet.protocolVersion < 3 || packet.protocolVersion > 4) {
    returnCode = 1
  }
  // MQTT 3.1.0 allows <= 23 client id length
  if (packet.protocolVersion === 3 && clientId.length > client.broker.maxClientsIdLength) {
    returnCode = 2
  }
  // check if the client keepalive is compatible with broker settings
  if (client.broker.keepaliveLimit && (!packet.keepalive || packet.keepalive > client.broker.keepaliveLimit)) {
    returnCode = 6
  }
  if (returnCode > 0) {
    const error = new Error(errorMessages[returnCode])
    error.errorCode = returnCode
    doConnack(
      { client, returnCode, sessionPresent: false },
      done.bind(this, error))
    return
  }

  client.id = clientId || 'aedes_' + (0,external_node_crypto_.randomUUID)()
  client.clean = packet.clean
  client.version = packet.protocolVersion
  client._will = packet.will

  runSeries(
    new ClientPacketStatus(client, packet),
    connectActions,
    { returnCode: 0, sessionPresent: false }, // [MQTT-3.1.4-4], [MQTT-3.2.2-4]
    function (err) {
      this.client.connecting = false
      if (!err) {
        this.client.connected = true
        this.client.broker.emit('clientReady', client)
        this.client.emit('connected')
      }
      done(err)
    })
}

function authenticate (arg, done) {
  const client = this.client
  client.pause()
  client.broker.authenticate(
    client,
    this.packet.username,
    this.packet.password,
    negate)

  function negate (err, successful) {
    if (client.closed || client.broker.closed) {
      // a hack, sometimes client.close() or broker.close() happened
      // before authenticate() comes back
      // we stop here for not to register it and deregister it in write()
      return
    }
    if (!err && successful) {
      client._authorized = true
      return done()
    }

    if (err) {
      const errCode = err.returnCode
      if (errCode && (errCode >= 2 && errCode <= 5)) {
        arg.returnCode = errCode
      } else {
        arg.returnCode = 5
      }
      if (!err.message) {
        err.message = errorMessages[arg.returnCode]
      }
    } else {
      arg.returnCode = 5
      err = new Error(errorMessages[arg.returnCode])
    }
    err.errorCode = arg.returnCode
    arg.client = client
    doConnack(arg,
      // [MQTT-3.2.2-5]
      client.close.bind(client, done.bind(this, err)))
  }
}

function setKeepAlive (arg, done) {
  if (this.packet.keepalive > 0) {
    const client = this.client

    function keepaliveTimeout () {
      client.broker.emit('keepaliveTimeout', client)
      client.emit('error', new Error('keep alive timeout'))
    }
    // [MQTT-3.1.2-24]
    client._keepaliveInterval = (this.packet.keepalive * 1500) + 1
    client._keepaliveTimer = setTimeout(keepaliveTimeout, client._keepaliveInterval)
  }
  done()
}

function fetchSubs (arg, done) {
  const client = this.client
  if (!this.packet.clean) {
    const subsClient = {
      id: client.id,
      done,
      arg
    }
    client.broker.persistence.subscriptionsByClient({ id: client.id })
      .then(subs => gotSubs(subs, subsClient), subsClient.done)
    return
  }
  arg.sessionPresent = false // [MQTT-3.2.2-1]
  client.broker.persistence.cleanSubscriptions(client)
    .then(() => done(null), done)
}

// [MQTT-3.1.2-6]: the inbound QoS 2 dedup store is session state too, but
// cleanSubscriptions runs before registerClient and this must run after it —
// the takeover of a previous client with the same id happens there, and its
// in-flight incomingStorePacket would otherwise land after the wipe.
function cleanIncoming (arg, done) {
  const client = this.client
  if (!this.packet.clean) {
    return done(null)
  }
  const persistence = client.broker.persistence
  // feature-detected so a persistence predating cleanIncoming keeps working;
  // wrapped so a synchronous throw rejects here rather than escaping runSeries,
  // which has no try/catch, as an uncaught exception
  Promise.resolve()
    .then(() => typeof persistence.cleanIncoming === 'function' && persistence.cleanIncoming(client))
    .then(() => done(null), done)
}

function gotSubs (subs, client) {
  client.arg.subs = subs.length > 0 ? subs : null
  client.done()
}

function restoreSubs (arg, done) {
  if (arg.subs) {
    subscribe(this.client, { subscriptions: arg.subs }, true, done)
    arg.sessionPresent = !!arg.subs // cast to boolean, [MQTT-3.2.2-2]
    return
  }
  arg.sessionPresent = false // [MQTT-3.2.2-1], [MQTT-3.2.2-3]
  done()
}

function storeWill (arg, done) {
  const client = this.client
  client.will = client._will
  // delete any existing will messages from persistence
  client.broker.persistence.delWill(client)
    .finally(() => {
      if (client.will) {
        client.broker.persistence.putWill(client, client.will)
          .then(() => done(null, client), done)
      } else {
        done()
      }
    })
}

function registerClient (arg, done) {
  const client = this.client
  client.broker.registerClient(client)
  done()
}

function doConnack (arg, done) {
  const client = arg.client || this.client
  const connack = new Connack(arg)
  lib_write(client, connack, function (err) {
    if (!err) {
      client.broker.emit('connackSent', connack, client)
      client.connackSent = true
    }
    done(err)
  })
}

// push any queued messages (included retained messages) at the disconnected time
// when QoS > 0 and session is true
function emptyQueue (arg, done) {
  const client = this.client
  const persistence = client.broker.persistence
  const outgoing = persistence.outgoingStream(client)

  client.resume()

  ;(0,external_stream_.pipeline)(
    outgoing,
    through(function clearQueue (data, enc, next) {
      const packet = new qos_packet(data, client)
      // Here we are deliberatly passing only the error
      // This is because there is no destination stream so the "client"
      // Object filled the buffer up to the highWaterMark preventing stored messages
      // being sent
      packet.writeCallback = (error, _client) => next(error)
      const filter = (err) => emptyQueueFilter(err, client, packet)
      persistence.outgoingUpdate(client, packet)
        .then(() => filter(null, client, packet), err => filter(err, client, packet))
    }),
    done
  )
}

function emptyQueueFilter (err, client, packet) {
  const next = packet.writeCallback

  if (err) {
    client.emit('error', err)
    return next()
  }

  const authorized = (packet.cmd === 'publish')
    ? client.broker.authorizeForward(client, packet)
    : true

  const persistence = client.broker.persistence

  if (client.clean || !authorized) {
    persistence.outgoingClearMessageId(client, packet)
      .then(packet => next(null, packet), next)
  } else {
    lib_write(client, packet, next)
  }
}

/* harmony default export */ const connect = (handleConnect);

;// CONCATENATED MODULE: ../../node_modules/.pnpm/aedes@1.2.0/node_modules/aedes/lib/handlers/publish.js



class PubAck {
  constructor (packet) {
    this.cmd = 'puback'
    this.messageId = packet.messageId
  }
}

class PubRec {
  constructor (packet) {
    this.cmd = 'pubrec'
    this.messageId = packet.messageId
  }
}

const publishActions = [
  authorizePublish,
  enqueuePublish
]
function handlePublish (client, packet, done) {
  const topic = packet.topic
  let err
  if (topic.length === 0) {
    err = new Error('empty topic not allowed in PUBLISH')
    return done(err)
  }
  if (topic.indexOf('#') > -1) {
    err = new Error('# is not allowed in PUBLISH')
    return done(err)
  }
  if (topic.indexOf('+') > -1) {
    err = new Error('+ is not allowed in PUBLISH')
    return done(err)
  }
  // reject deeply nested topics before any ack/persistence side-effect; see
  // lib/utils.js#topicLevelCount. broker.publish guards the will/API paths.
  if (topicLevelCount(topic) > client.broker.maxTopicLevels) {
    err = new Error('topic has too many levels')
    return done(err)
  }
  runSeries(client, publishActions, packet, done)
}

function enqueuePublish (packet, done) {
  const client = this

  switch (packet.qos) {
    case 2:
      // MQTT-4.3.3-2: Check if we already have this packet by messageId
      client.broker.persistence.incomingGetPacket(client, packet)
        .then(() => {
          // Duplicate packet: just send PUBREC, don't publish again
          lib_write(client, new PubRec(packet), done)
        }, () => {
          // New packet (not found in store): bound the inbound QoS 2 receive
          // window before retaining it, so a client that keeps sending fresh
          // message identifiers while withholding PUBREL cannot grow its
          // incoming persistence map toward the 16-bit messageId ceiling.
          //
          // The slot is reserved here, synchronously, and keyed by messageId.
          // Both matter: a whole socket read chunk is dispatched concurrently
          // (see enqueue in lib/client.js), so reserving after the await lets
          // the entire chunk past the check; and keying by messageId means a
          // DUP retransmission of a packet already in flight re-reserves its
          // own slot instead of consuming a second one.
          const inflight = client._inboundInflight
          const limit = client.broker.maxInflightInbound
          if (limit > 0 && !inflight.has(packet.messageId) && inflight.size >= limit) {
            // MQTT 3.1/3.1.1 has no reason code to carry, so drop the connection
            return done(new Error('maxInflightInbound exceeded: ' + limit + ' inbound QoS 2 messages already awaiting PUBREL'))
          }
          inflight.add(packet.messageId)

          // store first, then publish. This ensures if storage fails, the
          // message hasn't been delivered yet, preventing duplicate delivery on
          // retransmission.
          client.broker.persistence.incomingStorePacket(client, packet)
            .then(() => {
              client.broker.publish(packet, client, (err) => {
                if (err) { return done(err) }
                lib_write(client, new PubRec(packet), done)
              })
            }, (err) => {
              // nothing was stored, so the slot must go back
              inflight.delete(packet.messageId)
              done(err)
            })
        })
      break
    case 1:
      lib_write(client, new PubAck(packet), function (err) {
        if (err) { return done(err) }
        client.broker.publish(packet, client, done)
      })
      break
    case 0:
      client.broker.publish(packet, client, done)
      break
    default:
      // nothing to do
  }
}

function authorizePublish (packet, done) {
  this.broker.authorizePublish(this, packet, done)
}

/* harmony default export */ const publish = (handlePublish);

;// CONCATENATED MODULE: ../../node_modules/.pnpm/aedes@1.2.0/node_modules/aedes/lib/handlers/puback.js
function handlePuback (client, packet, done) {
  const persistence = client.broker.persistence
  const emitAck = (err, origPacket) => {
    client.broker.emit('ack', origPacket, client)
    done(err)
  }
  persistence.outgoingClearMessageId(client, packet)
    .then((packet) => emitAck(null, packet), emitAck)
}

/* harmony default export */ const puback = (handlePuback);

;// CONCATENATED MODULE: ../../node_modules/.pnpm/aedes@1.2.0/node_modules/aedes/lib/handlers/pubrel.js



class pubrel_ClientPacketStatus {
  constructor (client, packet) {
    this.client = client
    this.packet = packet
  }
}

class PubComp {
  constructor (packet) {
    this.cmd = 'pubcomp'
    this.messageId = packet.messageId
  }
}

const pubrelActions = [
  pubrelGet,
  pubrelDelete,
  pubrelWrite
]
function handlePubrel (client, packet, done) {
  runSeries(
    new pubrel_ClientPacketStatus(client, packet),
    pubrelActions, {}, done)
}

function pubrelGet (arg, done) {
  // MQTT-4.3.3-2: Check if we have this packet in persistence
  const persistence = this.client.broker.persistence
  persistence.incomingGetPacket(this.client, this.packet)
    .then((packet) => {
      arg.packet = this.packet
      arg.foundInStore = !!packet
      done(null, arg)
    }, () => {
      // Even if incomingGetPacket fails, continue to send PUBCOMP
      arg.packet = this.packet
      arg.foundInStore = false
      done(null, arg)
    })
}

function pubrelDelete (arg, done) {
  // Only delete if we found the packet in the store
  if (!arg.foundInStore) {
    return done(null, arg)
  }

  const client = this.client
  const persistence = client.broker.persistence
  persistence.incomingDelPacket(client, arg.packet).then(() => {
    // handshake complete: release the slot (see lib/handlers/publish.js). Only
    // on success — if the delete failed the packet is still stored, so freeing
    // the slot would let the store grow past the limit.
    client._inboundInflight.delete(arg.packet.messageId)
    done(null, arg)
  }, () => {
    // a concurrent duplicate PUBREL can lose the race and reject here; PUBCOMP
    // is still owed either way, and the rejection must not escape (it used to
    // ride out of .finally() uncaught and kill the process)
    done(null, arg)
  })
}

function pubrelWrite (arg, done) {
  // Always send PUBCOMP, even if packet was not found in store
  lib_write(this.client, new PubComp(arg.packet), done)
}

/* harmony default export */ const pubrel = (handlePubrel);

;// CONCATENATED MODULE: ../../node_modules/.pnpm/aedes@1.2.0/node_modules/aedes/lib/handlers/pubrec.js


class PubRel {
  constructor (packet) {
    this.cmd = 'pubrel'
    this.messageId = packet.messageId
  }
}

function handlePubrec (client, packet, done) {
  const pubrel = new PubRel(packet)

  if (client.clean) {
    lib_write(client, pubrel, done)
    return
  }

  client.broker.persistence.outgoingUpdate(client, pubrel)
    .then(() => lib_write(client, pubrel, done), done)
}

/* harmony default export */ const pubrec = (handlePubrec);

;// CONCATENATED MODULE: ../../node_modules/.pnpm/aedes@1.2.0/node_modules/aedes/lib/handlers/ping.js


const pingResp = {
  cmd: 'pingresp'
}

function handlePing (client, packet, done) {
  client.broker.emit('ping', packet, client)
  lib_write(client, pingResp, done)
}

/* harmony default export */ const ping = (handlePing);

;// CONCATENATED MODULE: ../../node_modules/.pnpm/aedes@1.2.0/node_modules/aedes/lib/handlers/index.js









function handle (client, packet, done) {
  if (packet.cmd === 'connect') {
    if (client.connecting || client.connected) {
      // [MQTT-3.1.0-2]
      finish(client.conn, packet, done)
      return
    }
    connect(client, packet, done)
    return
  }

  if (!client.connecting && !client.connected) {
    // [MQTT-3.1.0-1]
    finish(client.conn, packet, done)
    return
  }

  switch (packet.cmd) {
    case 'publish':
      publish(client, packet, done)
      break
    case 'subscribe':
      subscribe(client, packet, false, done)
      break
    case 'unsubscribe':
      unsubscribe(client, packet, done)
      break
    case 'pubcomp':
    case 'puback':
      puback(client, packet, done)
      break
    case 'pubrel':
      pubrel(client, packet, done)
      break
    case 'pubrec':
      pubrec(client, packet, done)
      break
    case 'pingreq':
      ping(client, packet, done)
      break
    case 'disconnect':
      // [MQTT-3.14.4-3]
      client._disconnected = true
      // [MQTT-3.14.4-1] [MQTT-3.14.4-2]
      client.conn.destroy()
      done()
      return
    default:
      client.conn.destroy()
      done()
      return
  }

  if (client._keepaliveInterval > 0) {
    client._keepaliveTimer.refresh()
  }
}

function finish (conn, packet, done) {
  conn.destroy()
  const error = new Error('Invalid protocol')
  error.info = packet
  done(error)
}

/* harmony default export */ const handlers = (handle);

;// CONCATENATED MODULE: ../../node_modules/.pnpm/aedes@1.2.0/node_modules/aedes/lib/client.js












class Client {
  constructor (broker, conn, req) {
    const that = this

    // metadata
    this.closed = false
    this.connecting = false
    this.connected = false
    this.connackSent = false
    this.errored = false

    // mqtt params
    this.id = null
    this.clean = true
    this.version = null

    // GHSA-52qw-whmv-87c5: keyed by topic filter / broker id from the wire, so an
    // inherited name ('constructor', '__proto__', ...) must read back as absent
    this.subscriptions = Object.create(null)
    this.duplicates = Object.create(null)

    this.broker = broker
    this.conn = conn
    conn.client = this

    this._disconnected = false
    this._authorized = false
    this._parsingBatch = 1
    this._nextId = Math.ceil(Math.random() * 65535)
    // Count of inbound QoS 2 PUBLISH currently stored awaiting PUBREL. Bounds
    // the per-client incoming persistence map against half-open QoS 2 flooding;
    // see the receive-window guard in lib/handlers/publish.js.
    this._inboundInflight = new Set()

    // Drain timeout tracking - coalesced timer approach
    this._drainTimer = null
    this._pendingDrains = []

    this.req = req
    this.connDetails = req ? req.connDetails : null

    // we use two variables for the will
    // because we store in _will while
    // we are authenticating
    this.will = null
    this._will = null

    this._parser = mqtt.parser()
    this._parser.client = this
    this._parser._queue = [] // queue packets received before client fires 'connect' event. Prevents memory leaks on 'connect' event
    this._parser.on('packet', enqueue)
    this.once('connected', dequeue)

    function nextBatch (err) {
      if (err) {
        that.emit('error', err)
        return
      }

      const client = that

      if (client._paused) {
        return
      }

      that._parsingBatch--
      if (that._parsingBatch <= 0) {
        that._parsingBatch = 0
        const buf = client.conn.read(null)
        if (buf) {
          client._parser.parse(buf)
        }
      }
    }
    this._nextBatch = nextBatch

    conn.on('readable', nextBatch)

    this.on('error', this._onError)
    conn.on('error', this.emit.bind(this, 'error'))
    this._parser.on('error', this.emit.bind(this, 'error'))

    conn.on('end', this.close.bind(this))
    this._eos = (0,external_stream_.finished)(this.conn, this.close.bind(this))

    const getToForwardPacket = (_packet) => {
      // Mqttv5 3.8.3.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/mqtt-v5.0.html#_Toc3901169
      // prevent to forward messages sent by the same client when no-local flag is set
      if (_packet.clientId === that.id && _packet.nl) return

      const toForward = dedupe(that, _packet) &&
        that.broker.authorizeForward(that, _packet)

      return toForward
    }

    this.deliver0 = function deliverQoS0 (_packet, cb) {
      const toForward = getToForwardPacket(_packet)

      if (toForward) {
        // Give nodejs some time to clear stacks, or we will see
        // "Maximum call stack size exceeded" in a very high load
        setImmediate(() => {
          const packet = new aedes_packet_packet(toForward, broker)
          packet.qos = 0
          lib_write(that, packet, function (err) {
            that._onError(err)
            cb() // don't pass the error here or it will be thrown by mqemitter
          })
        })
      } else {
        setImmediate(cb)
      }
    }

    this.deliverQoS = function deliverQoS (_packet, cb) {
      // downgrade to qos0 if requested by publish
      if (_packet.qos === 0) {
        that.deliver0(_packet, cb)
        return
      }
      const toForward = getToForwardPacket(_packet)

      if (toForward) {
        setImmediate(() => {
          const packet = new qos_packet(toForward, that)
          // Downgrading to client subscription qos if needed
          const clientSub = that.subscriptions[packet.topic]
          if (clientSub && (clientSub.qos || 0) < packet.qos) {
            packet.qos = clientSub.qos
          }
          packet.writeCallback = cb
          const doWriteQoS = (err = null) => writeQoS(err, that, packet)
          if (that.clean || packet.retain) {
            doWriteQoS()
          } else {
            broker.persistence.outgoingUpdate(that, packet)
              .then(doWriteQoS, doWriteQoS)
          }
        })
      } else if (that.clean === false) {
        that.broker.persistence.outgoingClearMessageId(that, _packet)
          .then(client_noop, client_noop)
        // we consider this to be an error, since the packet is undefined
        // so there's nothing to send
        setImmediate(cb)
      } else {
        setImmediate(cb)
      }
    }

    this._keepaliveTimer = null
    this._keepaliveInterval = -1

    this._connectTimer = setTimeout(function () {
      that.emit('error', new Error('connect did not arrive in time'))
    }, broker.connectTimeout)
  }

  _onError (err) {
    if (!err) return

    this.errored = true
    this.conn.removeAllListeners('error')
    this.conn.on('error', client_noop)
    // hack to clean up the write callbacks in case of error
    if (!this.conn.destroyed) {
      this.conn.destroy(err)
    }
    this.broker.emit(this.id ? 'clientError' : 'connectionError', this, err)
    this.close()
  }

  publish (message, done) {
    const packet = new aedes_packet_packet(message, this.broker)
    const that = this
    if (packet.qos === 0) {
      // skip offline and send it as it is
      this.deliver0(packet, done)
      return
    }

    if (!this.clean && this.id) {
      this.broker.persistence.outgoingEnqueue({ clientId: this.id }, packet)
        .then(() => that.deliverQoS(packet, done), done)
    } else {
      that.deliverQoS(packet, done)
    }
  }

  subscribe (packet, done) {
    if (!packet.subscriptions) {
      if (!Array.isArray(packet)) {
        packet = [packet]
      }
      packet = {
        subscriptions: packet
      }
    }
    subscribe(this, packet, false, done)
  }

  unsubscribe (packet, done) {
    if (!packet.unsubscriptions) {
      if (!Array.isArray(packet)) {
        packet = [packet]
      }
      packet = {
        unsubscriptions: packet
      }
    }
    unsubscribe(this, packet, done)
  }

  /**
   * Handle successful drain - socket is writable again
   * Clears timer and completes all pending drain callbacks
   */
  _handleDrain () {
    // Clear the single per-client timer
    if (this._drainTimer) {
      clearTimeout(this._drainTimer)
      this._drainTimer = null
    }

    // Complete all pending drain callbacks
    const pending = this._pendingDrains
    this._pendingDrains = []
    for (let i = 0; i < pending.length; i++) {
      setImmediate(pending[i], null, this)
    }
  }

  /**
   * Handle drain timeout - client failed to drain within timeout
   * Disconnects the client and fails all pending callbacks
   */
  _handleDrainTimeout () {
    this._drainTimer = null

    // Remove drain listener to prevent it firing after disconnect
    if (this._onDrainBound) {
      this.conn.removeListener('drain', this._onDrainBound)
    }

    // Fail all pending callbacks
    const error = new Error('drain timeout')
    const pending = this._pendingDrains
    this._pendingDrains = []
    for (let i = 0; i < pending.length; i++) {
      setImmediate(pending[i], error, this)
    }

    // Disconnect the slow client
    this.conn.destroy(error)
  }

  /**
   * Register a callback to be called when socket drains
   * Uses per-client coalesced timer to reduce timer overhead
   * @param {Function} callback - called with (err, client)
   */
  waitForDrain (callback) {
    const drainTimeout = this.broker?.opts?.drainTimeout

    if (drainTimeout > 0) {
      // Per-client coalesced timer approach:
      // Only create ONE timer per client, regardless of pending writes

      // Add this callback to pending queue
      this._pendingDrains.push(callback)

      // If no timer exists, create one and set up drain listener
      if (!this._drainTimer) {
        // Create bound drain handler (if not already created)
        if (!this._onDrainBound) {
          this._onDrainBound = this._handleDrain.bind(this)
        }

        // Set up single drain listener
        this.conn.once('drain', this._onDrainBound)

        // Create single timer for this client
        this._drainTimer = setTimeout(
          this._handleDrainTimeout.bind(this),
          drainTimeout
        )
        this._drainTimer.unref() // Don't keep process alive
      }
      // else: timer already running, just queued the callback
    } else {
      // Without drain timeout: wait indefinitely (original behavior)
      this.conn.once('drain', callback)
    }
  }

  close (done) {
    if (this.closed) {
      if (typeof done === 'function') {
        done()
      }
      return
    }

    const that = this
    const conn = this.conn

    this.closed = true

    this._parser.removeAllListeners('packet')
    conn.removeAllListeners('readable')

    this._parser._queue = null

    if (this._keepaliveTimer) {
      clearTimeout(this._keepaliveTimer)
      this._keepaliveInterval = -1
      this._keepaliveTimer = null
    }

    if (this._connectTimer) {
      clearTimeout(this._connectTimer)
      this._connectTimer = null
    }

    // Clean up drain timeout timer, listener, and flush pending callbacks
    if (this._drainTimer) {
      clearTimeout(this._drainTimer)
      this._drainTimer = null
    }
    if (this._onDrainBound) {
      this.conn.removeListener('drain', this._onDrainBound)
    }
    // Flush pending drain callbacks with connection closed error
    const error = new Error('connection closed')
    const pending = this._pendingDrains
    this._pendingDrains = []
    for (let i = 0; i < pending.length; i++) {
      setImmediate(pending[i], error, this)
    }

    this._eos()
    this._eos = client_noop

    unsubscribe(
      this,
      {
        unsubscriptions: Object.keys(this.subscriptions)
      },
      finish)

    function finish () {
      const will = that.will
      // _disconnected is set only if client is disconnected with a valid disconnect packet
      if (!that._disconnected && will) {
        that.broker.authorizePublish(that, will, function (err) {
          if (err) { return done() }
          that.broker.publish(will, that, done)

          function done () {
            that.broker.persistence.delWill({
              id: that.id,
              brokerId: that.broker.id
            }).then(client_noop, client_noop)
          }
        })
      } else if (will) {
        // delete the persisted will even on clean disconnect https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc385349232
        that.broker.persistence.delWill({
          id: that.id,
          brokerId: that.broker.id
        }).then(client_noop, client_noop)
      }

      that.will = null // this function might be called twice
      that._will = null

      that.connected = false
      that.connecting = false

      conn.removeAllListeners('error')
      conn.on('error', client_noop)

      if (that.broker.clients[that.id] && that._authorized) {
        that.broker.unregisterClient(that)
      }

      // [MQTT-3.1.2-6]: a clean session ends with the connection. Without this a
      // client that publishes QoS 2 and never returns leaves its dedup entry
      // behind forever, and repeating it with fresh client ids grows the store
      // without bound.
      const persistence = that.broker.persistence
      if (that.clean && typeof persistence?.cleanIncoming === 'function') {
        persistence.cleanIncoming(that).then(client_noop, client_noop)
      }

      // clear up the drain event listeners
      that.conn.emit('drain')
      that.conn.removeAllListeners('drain')

      conn.destroy()

      if (typeof done === 'function') {
        done()
      }
    }
  }

  pause () {
    this._paused = true
  }

  resume () {
    this._paused = false
    this._nextBatch()
  }

  emptyOutgoingQueue (done) {
    const client = this
    const persistence = client.broker.persistence

    function filter (packet, enc, next) {
      persistence.outgoingClearMessageId(client, packet)
        .then(pkt => next(null, pkt), next)
    }

    (0,external_stream_.pipeline)(
      persistence.outgoingStream(client),
      through(filter),
      done
    )
  }
}

function dedupe (client, packet) {
  const id = packet.brokerId
  if (!id) {
    return true
  }
  const duplicates = client.duplicates
  const counter = packet.brokerCounter
  const result = (duplicates[id] || 0) < counter
  if (result) {
    duplicates[id] = counter
  }
  return result
}

function writeQoS (err, client, packet) {
  if (err) {
    // is this right, or we should ignore thins?
    client.emit('error', err)
    // don't pass the error here or it will be thrown by mqemitter
    packet.writeCallback()
  } else {
    lib_write(client, packet, function (err) {
      if (err) {
        client.emit('error', err)
      }
      // don't pass the error here or it will be thrown by mqemitter
      packet.writeCallback()
    })
  }
}

external_util_.inherits(Client, external_node_events_)

function enqueue (packet) {
  const client = this.client
  client._parsingBatch++
  // already connected or it's the first packet
  if (client.connackSent || client._parsingBatch === 1) {
    handlers(client, packet, client._nextBatch)
  } else {
    if (this._queue.length < client.broker.queueLimit) {
      this._queue.push(packet)
    } else {
      this.emit('error', new Error('Client queue limit reached'))
    }
  }
}

function dequeue () {
  const q = this._parser._queue
  if (q) {
    for (let i = 0, len = q.length; i < len; i++) {
      handlers(this, q[i], this._nextBatch)
    }

    this._parser._queue = null
  }
}

function client_noop () {}

/* harmony default export */ const client = (Client);

;// CONCATENATED MODULE: ../../node_modules/.pnpm/aedes@1.2.0/node_modules/aedes/package.json
const package_namespaceObject = {"rE":"1.2.0"};
;// CONCATENATED MODULE: ../../node_modules/.pnpm/aedes@1.2.0/node_modules/aedes/aedes.js










const defaultOptions = {
  concurrency: 100,
  heartbeatInterval: 60000, // 1 minute
  connectTimeout: 30000, // 30 secs
  drainTimeout: 60000, // 60 secs - protects against slow/frozen clients by default, set to 0 to disable
  decodeProtocol: null,
  preConnect: defaultPreConnect,
  authenticate: defaultAuthenticate,
  authorizePublish: defaultAuthorizePublish,
  authorizeSubscribe: defaultAuthorizeSubscribe,
  authorizeForward: defaultAuthorizeForward,
  published: defaultPublished,
  trustProxy: false,
  trustedProxies: [],
  queueLimit: 42,
  // Hard cap on concurrent inbound in-flight QoS 2 PUBLISH per client (packets
  // stored awaiting PUBREL). Bounds the per-client incoming persistence map so
  // half-open QoS 2 handshakes cannot grow it toward its 16-bit messageId
  // ceiling. Well above what a pipelining publisher reaches, because MQTT
  // 3.1.1 has no way to advertise the window to the client. 0 = unlimited.
  maxInflightInbound: 1000,
  maxClientsIdLength: 23,
  maxTopicLevels: 100,
  keepaliveLimit: 0
}
const version = package_namespaceObject.rE

// Hard ceiling for maxTopicLevels: the bundled mqemitter and aedes-persistence
// build qlobber with its default max_words of 100 and aedes cannot raise it, so
// a larger value would pass our guard yet still throw `too many words` in the
// matcher. Clamp to [1, MAX_TOPIC_LEVELS] to keep the option safe.
const MAX_TOPIC_LEVELS = 100

class Aedes extends external_node_events_ {
  constructor (opts) {
    super()
    const that = this

    opts = Object.assign({}, defaultOptions, opts)
    this.opts = opts
    this.id = opts.id || (0,external_node_crypto_.randomUUID)()
    // +1 when construct a new aedes-packet
    // internal track for last brokerCounter
    this.counter = 0
    this.queueLimit = opts.queueLimit
    // clamp: a negative/NaN value must not silently disable the bound. Only an
    // explicit 0 opts out.
    this.maxInflightInbound = Number.isInteger(opts.maxInflightInbound) && opts.maxInflightInbound >= 0
      ? opts.maxInflightInbound
      : defaultOptions.maxInflightInbound
    this.connectTimeout = opts.connectTimeout
    this.keepaliveLimit = opts.keepaliveLimit
    this.maxClientsIdLength = opts.maxClientsIdLength
    // clamp to a safe [1, 100] range; see MAX_TOPIC_LEVELS
    this.maxTopicLevels = Math.min(Math.max(opts.maxTopicLevels, 1), MAX_TOPIC_LEVELS)
    this.mq = opts.mq || mqemitter({
      concurrency: opts.concurrency,
      matchEmptyLevels: true // [MQTT-4.7.1-3]
    })
    this.handle = function handle (conn, req) {
      conn.setMaxListeners(opts.concurrency * 2)
      // create a new Client instance for a new connection
      // return, just to please standard
      return new client(that, conn, req)
    }

    this.preConnect = opts.preConnect
    this.authenticate = opts.authenticate
    this.authorizePublish = opts.authorizePublish
    this.authorizeSubscribe = opts.authorizeSubscribe
    this.authorizeForward = opts.authorizeForward
    this.published = opts.published

    this.decodeProtocol = opts.decodeProtocol
    this.trustProxy = opts.trustProxy
    this.trustedProxies = opts.trustedProxies

    // GHSA-52qw-whmv-87c5: keyed by Client ID / broker id from the wire, so an
    // inherited name ('constructor', '__proto__', ...) must read back as absent
    this.clients = Object.create(null)
    this.brokers = Object.create(null)
    this.closed = true
  }

  async listen () {
    const opts = this.opts
    const that = this

    // metadata
    this.connectedClients = 0
    this.closed = false

    this.persistence = opts.persistence || persistence()
    if (this.persistence.setup.constructor.name !== 'AsyncFunction') {
      throw new Error('persistence.setup() must be an async function')
    }
    await this.persistence.setup(this)

    const heartbeatTopic = $SYS_PREFIX + that.id + '/heartbeat'
    const birthTopic = $SYS_PREFIX + that.id + '/birth'

    this._heartbeatInterval = setInterval(heartbeat, opts.heartbeatInterval)

    const bufId = Buffer.from(that.id, 'utf8')

    // in a cluster env this is used to warn other broker instances
    // that this broker is alive
    that.publish({
      topic: birthTopic,
      payload: bufId
    }, noop)

    function heartbeat () {
      that.publish({
        topic: heartbeatTopic,
        payload: bufId
      }, noop)
    }

    async function _clearWills () {
      const pAuthorizePublish = (0,external_node_util_.promisify)(that.authorizePublish).bind(that)
      const pPublish = (0,external_node_util_.promisify)(that.publish).bind(that)
      const batchSize = 16 // default highWatermark for Writable in ObjectMode

      async function checkAndPublish (will) {
        const notPublish = that.brokers[will.brokerId] !== undefined && that.brokers[will.brokerId] + (3 * opts.heartbeatInterval) >= Date.now()
        if (notPublish) {
          return
        }
        // randomize this, so that multiple brokers
        // do not publish the same wills at the same time
        const client = that.clients[will.clientId] || null
        await pAuthorizePublish(client, will)
        await pPublish(will)
        await that.persistence.delWill({
          id: will.clientId,
          brokerId: will.brokerId
        })
      }

      // delete old brokers
      for (const broker in that.brokers) {
        if (that.brokers[broker] + (3 * opts.heartbeatInterval) < Date.now()) {
          delete that.brokers[broker]
        }
      }

      const wills = that.persistence.streamWill(that.brokers)
      for await (const promises of batch(wills, checkAndPublish, batchSize)) {
        await Promise.all(promises)
      }
    }

    this._clearWillInterval = setInterval(() => {
      _clearWills().catch(err => {
        that.emit('error', err)
      })
    }, opts.heartbeatInterval * 4)
    this.mq.on($SYS_PREFIX + '+/heartbeat', function storeBroker (packet, done) {
      that.brokers[packet.payload.toString()] = Date.now()
      done()
    })

    this.mq.on($SYS_PREFIX + '+/birth', function brokerBorn (packet, done) {
      const brokerId = packet.payload.toString()

      // reset duplicates counter
      if (brokerId !== that.id) {
        for (const clientId in that.clients) {
          delete that.clients[clientId].duplicates[brokerId]
        }
      }

      done()
    })

    this.mq.on($SYS_PREFIX + '+/new/clients', function closeSameClients (packet, done) {
      const serverId = packet.topic.split('/')[1]
      const clientId = packet.payload.toString()

      if (that.clients[clientId] && serverId !== that.id) {
        if (that.clients[clientId].closed) {
          // remove the client from the list if it is already closed
          that.deleteClient(clientId)
          done()
        } else {
          that.clients[clientId].close(done)
        }
      } else {
        done()
      }
    })
  }

  get version () {
    return version
  }

  static async createBroker (opts) {
    const aedes = new Aedes(opts)
    await aedes.listen()
    return aedes
  }

  publish (packet, client, done) {
    if (typeof client === 'function') {
      done = client
      client = null
    }
    // reject deeply nested topics before they reach qlobber (via mqemitter and
    // the persistence trie), whose synchronous `too many words` throw would
    // otherwise crash the broker. The protocol handlers validate the wire paths
    // earlier; this also covers the will publish and direct programmatic use.
    // See lib/utils.js#topicLevelCount.
    if (topicLevelCount(packet.topic) > this.maxTopicLevels) {
      return (done || noop)(new Error('topic has too many levels'))
    }
    const p = new aedes_packet_packet(packet, this)
    const publishFuncs = p.qos > 0 ? publishFuncsQoS : publishFuncsSimple

    runSeries(new PublishState(this, client, packet), publishFuncs, p, done)
  }

  subscribe (topic, func, done) {
    // see publish(): guard against qlobber's synchronous `too many words` throw
    if (topicLevelCount(topic) > this.maxTopicLevels) {
      return (done || noop)(new Error('topic has too many levels'))
    }
    this.mq.on(topic, func, done)
  }

  unsubscribe (topic, func, done) {
    if (topicLevelCount(topic) > this.maxTopicLevels) {
      return (done || noop)(new Error('topic has too many levels'))
    }
    this.mq.removeListener(topic, func, done)
  }

  registerClient (client) {
    const that = this
    if (this.clients[client.id]) {
      // [MQTT-3.1.4-2]
      this.clients[client.id].close(function closeClient () {
        that._finishRegisterClient(client)
      })
    } else {
      this._finishRegisterClient(client)
    }
  }

  _finishRegisterClient (client) {
    this.connectedClients++
    this.clients[client.id] = client
    this.emit('client', client)
    this.publish({
      topic: $SYS_PREFIX + this.id + '/new/clients',
      payload: Buffer.from(client.id, 'utf8')
    }, noop)
  }

  unregisterClient (client) {
    this.deleteClient(client.id)
    this.emit('clientDisconnect', client)
    this.publish({
      topic: $SYS_PREFIX + this.id + '/disconnect/clients',
      payload: Buffer.from(client.id, 'utf8')
    }, noop)
  }

  deleteClient (clientId) {
    this.connectedClients--
    delete this.clients[clientId]
  }

  close (cb = noop) {
    const that = this
    if (this.closed) {
      return cb()
    }
    this.closed = true
    clearInterval(this._heartbeatInterval)
    clearInterval(this._clearWillInterval)
    const promises = []
    for (const clientId of Object.keys(this.clients)) {
      promises.push(closeClient(this.clients[clientId]))
    }
    Promise.all(promises).finally(() => {
      that.emit('closed')
      that.mq.close(cb)
    })
  }
}

function storeRetained (packet, done) {
  if (packet.retain) {
    this.broker.persistence.storeRetained(packet)
      .then(() => done(null), done)
  } else {
    done()
  }
}

function emitPacket (packet, done) {
  if (this.client) packet.clientId = this.client.id
  this.broker.mq.emit(packet, done)
}

function enqueueOffline (packet, done) {
  const enqueuer = new DoEnqueues()

  enqueuer.complete = done
  enqueuer.packet = packet
  enqueuer.topic = packet.topic
  enqueuer.broker = this.broker
  this.broker.persistence.subscriptionsByTopic(packet.topic)
    .then(subs => enqueuer.done(null, subs), enqueuer.done)
}

class DoEnqueues {
  constructor () {
    this.next = null
    this.complete = null
    this.packet = null
    this.topic = null
    this.broker = null

    const that = this

    this.done = function doneEnqueue (err, subs) {
      const broker = that.broker

      if (err) {
        // is this really recoverable?
        // let's just error the whole aedes
        // https://nodejs.org/api/events.html#events_error_events
        broker.emit('error', err)
        return
      }

      if (that.topic.indexOf($SYS_PREFIX) === 0) {
        subs = subs.filter(removeSharp)
      }

      const packet = that.packet
      const complete = that.complete

      that.packet = null
      that.complete = null
      that.topic = null

      broker.persistence.outgoingEnqueueCombi(subs, packet)
        .then(() => complete(null), complete)
    }
  }
}

// + is 43
// # is 35
function removeSharp (sub) {
  const code = sub.topic.charCodeAt(0)
  return code !== 43 && code !== 35
}

function callPublished (_, done) {
  this.broker.published(this.packet, this.client, done)
  this.broker.emit('publish', this.packet, this.client)
}

const publishFuncsSimple = [
  storeRetained,
  emitPacket,
  callPublished
]
const publishFuncsQoS = [
  storeRetained,
  enqueueOffline,
  emitPacket,
  callPublished
]

async function closeClient (clientInstance) {
  return new Promise((resolve) => {
    clientInstance.close(resolve)
  })
}

function defaultPreConnect (client, packet, callback) {
  callback(null, true)
}

function defaultAuthenticate (client, username, password, callback) {
  callback(null, true)
}

function defaultAuthorizePublish (client, packet, callback) {
  if (packet.topic.startsWith($SYS_PREFIX)) {
    return callback(new Error($SYS_PREFIX + ' topic is reserved'))
  }
  callback(null)
}

function defaultAuthorizeSubscribe (client, sub, callback) {
  callback(null, sub)
}

function defaultAuthorizeForward (client, packet) {
  return packet
}

function defaultPublished (packet, client, callback) {
  callback(null)
}

class PublishState {
  constructor (broker, client, packet) {
    this.broker = broker
    this.client = client
    this.packet = packet
  }
}

function warnMigrate () {
  throw new Error(
    ` Aedes default export has been removed.
 Use 'const aedes = await Aedes.createBroker()' instead.
 See: https://github.com/moscajs/aedes/docs/MIGRATION.MD
 `)
}

/* harmony default export */ const aedes = ((/* unused pure expression or super */ null && (warnMigrate)));


/***/ })

};
