// Code generated from proto/otlp/opentelemetry/proto/collector/profiles/v1development/profiles_service.proto by `npm run generate -w proto`
// (pbjs -t static-module -w commonjs --no-beautify --no-delimited --no-verify -r otlp -p otlp, then pbts). DO NOT EDIT.
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

// Exported root namespace
var $root = $protobuf.roots["otlp"] || ($protobuf.roots["otlp"] = {});

$root.opentelemetry = (function() {

    /**
     * Namespace opentelemetry.
     * @exports opentelemetry
     * @namespace
     */
    var opentelemetry = {};

    opentelemetry.proto = (function() {

        /**
         * Namespace proto.
         * @memberof opentelemetry
         * @namespace
         */
        var proto = {};

        proto.collector = (function() {

            /**
             * Namespace collector.
             * @memberof opentelemetry.proto
             * @namespace
             */
            var collector = {};

            collector.profiles = (function() {

                /**
                 * Namespace profiles.
                 * @memberof opentelemetry.proto.collector
                 * @namespace
                 */
                var profiles = {};

                profiles.v1development = (function() {

                    /**
                     * Namespace v1development.
                     * @memberof opentelemetry.proto.collector.profiles
                     * @namespace
                     */
                    var v1development = {};

                    v1development.ProfilesService = (function() {

                        /**
                         * Constructs a new ProfilesService service.
                         * @memberof opentelemetry.proto.collector.profiles.v1development
                         * @classdesc Represents a ProfilesService
                         * @extends $protobuf.rpc.Service
                         * @constructor
                         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                         */
                        var ProfilesService = function(rpcImpl, requestDelimited, responseDelimited) {
                            $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                        };

                        $Object.defineProperty(ProfilesService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: ProfilesService, writable: true, enumerable: false, configurable: true });

                        /**
                         * Creates new ProfilesService service using the specified rpc implementation.
                         * @function create
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ProfilesService
                         * @static
                         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                         * @returns {ProfilesService} RPC service. Useful where requests and/or responses are streamed.
                         */
                        ProfilesService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                            return new this(rpcImpl, requestDelimited, responseDelimited);
                        };

                        /**
                         * Callback as used by {@link opentelemetry.proto.collector.profiles.v1development.ProfilesService#export_}.
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ProfilesService
                         * @typedef ExportCallback
                         * @type {function}
                         * @param {Error|null} error Error, if any
                         * @param {opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse} [response] ExportProfilesServiceResponse
                         */

                        /**
                         * Calls Export.
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ProfilesService
                         * @typedef Export
                         * @type {{
                         *   (request: opentelemetry.proto.collector.profiles.v1development.IExportProfilesServiceRequest, callback: opentelemetry.proto.collector.profiles.v1development.ProfilesService.ExportCallback): void;
                         *   (request: opentelemetry.proto.collector.profiles.v1development.IExportProfilesServiceRequest): Promise<opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse>;
                         *   readonly name: "Export";
                         *   readonly path: "/opentelemetry.proto.collector.profiles.v1development.ProfilesService/Export";
                         *   readonly requestType: "ExportProfilesServiceRequest";
                         *   readonly responseType: "ExportProfilesServiceResponse";
                         *   readonly requestStream: undefined;
                         *   readonly responseStream: undefined;
                         * }}
                         */

                        /**
                         * Calls Export.
                         * @name opentelemetry.proto.collector.profiles.v1development.ProfilesService#export
                         * @type {opentelemetry.proto.collector.profiles.v1development.ProfilesService.Export}
                         */
                        $Object.defineProperties(ProfilesService.prototype["export"] = function(request, callback) {
                            return $protobuf.rpc.Service.prototype.rpcCall.call(this, ProfilesService.prototype["export"], $root.opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest, $root.opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse, request, callback);
                        }, {
                            name: { value: "Export" },
                            path: { value: "/opentelemetry.proto.collector.profiles.v1development.ProfilesService/Export" },
                            requestType: { value: "ExportProfilesServiceRequest" },
                            responseType: { value: "ExportProfilesServiceResponse" },
                            requestStream: { value: $undefined },
                            responseStream: { value: $undefined }
                        });

                        return ProfilesService;
                    })();

                    v1development.ExportProfilesServiceRequest = (function() {

                        /**
                         * Properties of an ExportProfilesServiceRequest.
                         * @typedef {Object} opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Properties
                         * @property {Array.<opentelemetry.proto.profiles.v1development.ResourceProfiles.$Properties>|null} [resourceProfiles] ExportProfilesServiceRequest resourceProfiles
                         * @property {opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties|null} [dictionary] ExportProfilesServiceRequest dictionary
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ExportProfilesServiceRequest.
                         * @memberof opentelemetry.proto.collector.profiles.v1development
                         * @interface IExportProfilesServiceRequest
                         * @augments opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Properties
                         * @deprecated Use opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Properties instead.
                         */

                        /**
                         * Shape of an ExportProfilesServiceRequest.
                         * @typedef {{
                         *   resourceProfiles?: Array.<opentelemetry.proto.profiles.v1development.ResourceProfiles.$Shape>|null;
                         *   dictionary?: opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Shape|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Shape
                         */

                        /**
                         * Constructs a new ExportProfilesServiceRequest.
                         * @memberof opentelemetry.proto.collector.profiles.v1development
                         * @classdesc Represents an ExportProfilesServiceRequest.
                         * @constructor
                         * @param {opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        var ExportProfilesServiceRequest = function (p) {
                            this.resourceProfiles = [];
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * ExportProfilesServiceRequest resourceProfiles.
                         * @member {Array.<opentelemetry.proto.profiles.v1development.ResourceProfiles.$Properties>} resourceProfiles
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest
                         * @instance
                         */
                        ExportProfilesServiceRequest.prototype.resourceProfiles = $util.emptyArray;

                        /**
                         * ExportProfilesServiceRequest dictionary.
                         * @member {opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties|null|undefined} dictionary
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest
                         * @instance
                         */
                        ExportProfilesServiceRequest.prototype.dictionary = null;

                        /**
                         * Creates a new ExportProfilesServiceRequest instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest} ExportProfilesServiceRequest instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Shape): opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest & opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Shape;
                         *   (properties?: opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Properties): opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest;
                         * }}
                         */
                        ExportProfilesServiceRequest.create = function(properties) {
                            return new ExportProfilesServiceRequest(properties);
                        };

                        /**
                         * Encodes the specified ExportProfilesServiceRequest message. Does not implicitly {@link opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Properties} m ExportProfilesServiceRequest message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportProfilesServiceRequest.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.resourceProfiles != null && m.resourceProfiles.length) {
                                for (var i = 0; i < m.resourceProfiles.length; ++i)
                                    $root.opentelemetry.proto.profiles.v1development.ResourceProfiles.encode(m.resourceProfiles[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            }
                            if (m.dictionary != null && $Object.hasOwnProperty.call(m, "dictionary"))
                                $root.opentelemetry.proto.profiles.v1development.ProfilesDictionary.encode(m.dictionary, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Decodes an ExportProfilesServiceRequest message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest & opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Shape} ExportProfilesServiceRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportProfilesServiceRequest.decode = function (r, l, z, q, g) {
                            if (!(r instanceof $Reader))
                                r = $Reader.create(r);
                            if (q === $undefined)
                                q = 0;
                            if (q > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            var c, m, v;
                            if (l === $undefined)
                                c = r.len;
                            else {
                                c = r.pos + l;
                                if (c > r.len)
                                    throw $RangeError("index out of range");
                                l = r.len;
                                r.len = c;
                            }
                            m = g || new $root.opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest();
                            while (r.pos < c) {
                                var s = r.pos;
                                var t = r.tag();
                                if (t === z) {
                                    z = $undefined;
                                    break;
                                }
                                var u = t & 7;
                                switch (t >>>= 3) {
                                case 1: {
                                        if (u !== 2)
                                            break;
                                        if (!(m.resourceProfiles && m.resourceProfiles.length))
                                            m.resourceProfiles = [];
                                        m.resourceProfiles.push($root.opentelemetry.proto.profiles.v1development.ResourceProfiles.decode(r, r.size(), $undefined, q + 1));
                                        continue;
                                    }
                                case 2: {
                                        if (u !== 2)
                                            break;
                                        m.dictionary = $root.opentelemetry.proto.profiles.v1development.ProfilesDictionary.decode(r, r.size(), $undefined, q + 1, m.dictionary);
                                        continue;
                                    }
                                }
                                r.skipType(u, q, t);
                                if (!r.discardUnknown) {
                                    $util.makeProp(m, "$unknowns", false);
                                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                                }
                            }
                            if (l !== $undefined) {
                                if (r.pos !== c)
                                    throw $RangeError("index out of range");
                                r.len = l;
                            }
                            if (z !== $undefined)
                                throw $Error("missing end group");
                            return m;
                        };

                        /**
                         * Creates an ExportProfilesServiceRequest message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest} ExportProfilesServiceRequest
                         */
                        ExportProfilesServiceRequest.fromObject = function (d, q) {
                            if (d instanceof $root.opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest();
                            if (d.resourceProfiles) {
                                if (!$Array.isArray(d.resourceProfiles))
                                    throw $TypeError(".opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.resourceProfiles: array expected");
                                m.resourceProfiles = $Array(d.resourceProfiles.length);
                                for (var i = 0; i < d.resourceProfiles.length; ++i) {
                                    if (!$util.isObject(d.resourceProfiles[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.resourceProfiles: object expected");
                                    m.resourceProfiles[i] = $root.opentelemetry.proto.profiles.v1development.ResourceProfiles.fromObject(d.resourceProfiles[i], q + 1);
                                }
                            }
                            if (d.dictionary != null) {
                                if (!$util.isObject(d.dictionary))
                                    throw $TypeError(".opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.dictionary: object expected");
                                m.dictionary = $root.opentelemetry.proto.profiles.v1development.ProfilesDictionary.fromObject(d.dictionary, q + 1);
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from an ExportProfilesServiceRequest message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest} m ExportProfilesServiceRequest
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ExportProfilesServiceRequest.toObject = function (m, o, q) {
                            if (!o)
                                o = {};
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var d = {};
                            if (o.arrays || o.defaults) {
                                d.resourceProfiles = [];
                            }
                            if (o.defaults) {
                                d.dictionary = null;
                            }
                            if (m.resourceProfiles && m.resourceProfiles.length) {
                                d.resourceProfiles = $Array(m.resourceProfiles.length);
                                for (var j = 0; j < m.resourceProfiles.length; ++j) {
                                    d.resourceProfiles[j] = $root.opentelemetry.proto.profiles.v1development.ResourceProfiles.toObject(m.resourceProfiles[j], o, q + 1);
                                }
                            }
                            if (m.dictionary != null && $Object.hasOwnProperty.call(m, "dictionary")) {
                                d.dictionary = $root.opentelemetry.proto.profiles.v1development.ProfilesDictionary.toObject(m.dictionary, o, q + 1);
                            }
                            return d;
                        };

                        /**
                         * Converts this ExportProfilesServiceRequest to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ExportProfilesServiceRequest.prototype.toJSON = function() {
                            return ExportProfilesServiceRequest.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ExportProfilesServiceRequest
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ExportProfilesServiceRequest.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest";
                        };

                        return ExportProfilesServiceRequest;
                    })();

                    v1development.ExportProfilesServiceResponse = (function() {

                        /**
                         * Properties of an ExportProfilesServiceResponse.
                         * @typedef {Object} opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Properties
                         * @property {opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Properties|null} [partialSuccess] ExportProfilesServiceResponse partialSuccess
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ExportProfilesServiceResponse.
                         * @memberof opentelemetry.proto.collector.profiles.v1development
                         * @interface IExportProfilesServiceResponse
                         * @augments opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Properties
                         * @deprecated Use opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Properties instead.
                         */

                        /**
                         * Shape of an ExportProfilesServiceResponse.
                         * @typedef {opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Properties} opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Shape
                         */

                        /**
                         * Constructs a new ExportProfilesServiceResponse.
                         * @memberof opentelemetry.proto.collector.profiles.v1development
                         * @classdesc Represents an ExportProfilesServiceResponse.
                         * @constructor
                         * @param {opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        var ExportProfilesServiceResponse = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * ExportProfilesServiceResponse partialSuccess.
                         * @member {opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Properties|null|undefined} partialSuccess
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse
                         * @instance
                         */
                        ExportProfilesServiceResponse.prototype.partialSuccess = null;

                        /**
                         * Creates a new ExportProfilesServiceResponse instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse} ExportProfilesServiceResponse instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Shape): opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse & opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Shape;
                         *   (properties?: opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Properties): opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse;
                         * }}
                         */
                        ExportProfilesServiceResponse.create = function(properties) {
                            return new ExportProfilesServiceResponse(properties);
                        };

                        /**
                         * Encodes the specified ExportProfilesServiceResponse message. Does not implicitly {@link opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Properties} m ExportProfilesServiceResponse message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportProfilesServiceResponse.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.partialSuccess != null && $Object.hasOwnProperty.call(m, "partialSuccess"))
                                $root.opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.encode(m.partialSuccess, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Decodes an ExportProfilesServiceResponse message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse & opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Shape} ExportProfilesServiceResponse
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportProfilesServiceResponse.decode = function (r, l, z, q, g) {
                            if (!(r instanceof $Reader))
                                r = $Reader.create(r);
                            if (q === $undefined)
                                q = 0;
                            if (q > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            var c, m, v;
                            if (l === $undefined)
                                c = r.len;
                            else {
                                c = r.pos + l;
                                if (c > r.len)
                                    throw $RangeError("index out of range");
                                l = r.len;
                                r.len = c;
                            }
                            m = g || new $root.opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse();
                            while (r.pos < c) {
                                var s = r.pos;
                                var t = r.tag();
                                if (t === z) {
                                    z = $undefined;
                                    break;
                                }
                                var u = t & 7;
                                switch (t >>>= 3) {
                                case 1: {
                                        if (u !== 2)
                                            break;
                                        m.partialSuccess = $root.opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.decode(r, r.size(), $undefined, q + 1, m.partialSuccess);
                                        continue;
                                    }
                                }
                                r.skipType(u, q, t);
                                if (!r.discardUnknown) {
                                    $util.makeProp(m, "$unknowns", false);
                                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                                }
                            }
                            if (l !== $undefined) {
                                if (r.pos !== c)
                                    throw $RangeError("index out of range");
                                r.len = l;
                            }
                            if (z !== $undefined)
                                throw $Error("missing end group");
                            return m;
                        };

                        /**
                         * Creates an ExportProfilesServiceResponse message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse} ExportProfilesServiceResponse
                         */
                        ExportProfilesServiceResponse.fromObject = function (d, q) {
                            if (d instanceof $root.opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse();
                            if (d.partialSuccess != null) {
                                if (!$util.isObject(d.partialSuccess))
                                    throw $TypeError(".opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.partialSuccess: object expected");
                                m.partialSuccess = $root.opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.fromObject(d.partialSuccess, q + 1);
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from an ExportProfilesServiceResponse message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse} m ExportProfilesServiceResponse
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ExportProfilesServiceResponse.toObject = function (m, o, q) {
                            if (!o)
                                o = {};
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var d = {};
                            if (o.defaults) {
                                d.partialSuccess = null;
                            }
                            if (m.partialSuccess != null && $Object.hasOwnProperty.call(m, "partialSuccess")) {
                                d.partialSuccess = $root.opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.toObject(m.partialSuccess, o, q + 1);
                            }
                            return d;
                        };

                        /**
                         * Converts this ExportProfilesServiceResponse to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ExportProfilesServiceResponse.prototype.toJSON = function() {
                            return ExportProfilesServiceResponse.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ExportProfilesServiceResponse
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ExportProfilesServiceResponse.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse";
                        };

                        return ExportProfilesServiceResponse;
                    })();

                    v1development.ExportProfilesPartialSuccess = (function() {

                        /**
                         * Properties of an ExportProfilesPartialSuccess.
                         * @typedef {Object} opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Properties
                         * @property {number|Long|null} [rejectedProfiles] ExportProfilesPartialSuccess rejectedProfiles
                         * @property {string|null} [errorMessage] ExportProfilesPartialSuccess errorMessage
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ExportProfilesPartialSuccess.
                         * @memberof opentelemetry.proto.collector.profiles.v1development
                         * @interface IExportProfilesPartialSuccess
                         * @augments opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Properties
                         * @deprecated Use opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Properties instead.
                         */

                        /**
                         * Shape of an ExportProfilesPartialSuccess.
                         * @typedef {opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Properties} opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Shape
                         */

                        /**
                         * Constructs a new ExportProfilesPartialSuccess.
                         * @memberof opentelemetry.proto.collector.profiles.v1development
                         * @classdesc Represents an ExportProfilesPartialSuccess.
                         * @constructor
                         * @param {opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        var ExportProfilesPartialSuccess = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * ExportProfilesPartialSuccess rejectedProfiles.
                         * @member {number|Long} rejectedProfiles
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess
                         * @instance
                         */
                        ExportProfilesPartialSuccess.prototype.rejectedProfiles = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                        /**
                         * ExportProfilesPartialSuccess errorMessage.
                         * @member {string} errorMessage
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess
                         * @instance
                         */
                        ExportProfilesPartialSuccess.prototype.errorMessage = "";

                        /**
                         * Creates a new ExportProfilesPartialSuccess instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess} ExportProfilesPartialSuccess instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Shape): opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess & opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Shape;
                         *   (properties?: opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Properties): opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess;
                         * }}
                         */
                        ExportProfilesPartialSuccess.create = function(properties) {
                            return new ExportProfilesPartialSuccess(properties);
                        };

                        /**
                         * Encodes the specified ExportProfilesPartialSuccess message. Does not implicitly {@link opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Properties} m ExportProfilesPartialSuccess message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportProfilesPartialSuccess.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.rejectedProfiles != null && $Object.hasOwnProperty.call(m, "rejectedProfiles") && (typeof m.rejectedProfiles === "object" ? m.rejectedProfiles.low || m.rejectedProfiles.high : m.rejectedProfiles !== 0))
                                w.uint32(/* id 1, wireType 0 =*/8).int64(m.rejectedProfiles);
                            if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage") && m.errorMessage !== "")
                                w.uint32(/* id 2, wireType 2 =*/18).string(m.errorMessage);
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Decodes an ExportProfilesPartialSuccess message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess & opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Shape} ExportProfilesPartialSuccess
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportProfilesPartialSuccess.decode = function (r, l, z, q, g) {
                            if (!(r instanceof $Reader))
                                r = $Reader.create(r);
                            if (q === $undefined)
                                q = 0;
                            if (q > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            var c, m, v;
                            if (l === $undefined)
                                c = r.len;
                            else {
                                c = r.pos + l;
                                if (c > r.len)
                                    throw $RangeError("index out of range");
                                l = r.len;
                                r.len = c;
                            }
                            m = g || new $root.opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess();
                            while (r.pos < c) {
                                var s = r.pos;
                                var t = r.tag();
                                if (t === z) {
                                    z = $undefined;
                                    break;
                                }
                                var u = t & 7;
                                switch (t >>>= 3) {
                                case 1: {
                                        if (u !== 0)
                                            break;
                                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                            m.rejectedProfiles = v;
                                        else
                                            delete m.rejectedProfiles;
                                        continue;
                                    }
                                case 2: {
                                        if (u !== 2)
                                            break;
                                        if ((v = r.stringVerify()).length)
                                            m.errorMessage = v;
                                        else
                                            delete m.errorMessage;
                                        continue;
                                    }
                                }
                                r.skipType(u, q, t);
                                if (!r.discardUnknown) {
                                    $util.makeProp(m, "$unknowns", false);
                                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                                }
                            }
                            if (l !== $undefined) {
                                if (r.pos !== c)
                                    throw $RangeError("index out of range");
                                r.len = l;
                            }
                            if (z !== $undefined)
                                throw $Error("missing end group");
                            return m;
                        };

                        /**
                         * Creates an ExportProfilesPartialSuccess message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess} ExportProfilesPartialSuccess
                         */
                        ExportProfilesPartialSuccess.fromObject = function (d, q) {
                            if (d instanceof $root.opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess();
                            if (d.rejectedProfiles != null) {
                                if (typeof d.rejectedProfiles === "object" ? d.rejectedProfiles.low || d.rejectedProfiles.high : $Number(d.rejectedProfiles) !== 0) {
                                    if ($util.Long)
                                        m.rejectedProfiles = $util.Long.fromValue(d.rejectedProfiles, false);
                                    else if (typeof d.rejectedProfiles === "string")
                                        m.rejectedProfiles = $parseInt(d.rejectedProfiles, 10);
                                    else if (typeof d.rejectedProfiles === "number")
                                        m.rejectedProfiles = d.rejectedProfiles;
                                    else if (typeof d.rejectedProfiles === "object")
                                        m.rejectedProfiles = new $util.LongBits(d.rejectedProfiles.low >>> 0, d.rejectedProfiles.high >>> 0).toNumber();
                                }
                            }
                            if (d.errorMessage != null) {
                                if (typeof d.errorMessage !== "string" || d.errorMessage.length) {
                                    m.errorMessage = $String(d.errorMessage);
                                }
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from an ExportProfilesPartialSuccess message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess} m ExportProfilesPartialSuccess
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ExportProfilesPartialSuccess.toObject = function (m, o, q) {
                            if (!o)
                                o = {};
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var d = {};
                            if (o.defaults) {
                                if ($util.Long) {
                                    var n = new $util.Long(0, 0, false);
                                    d.rejectedProfiles = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                                } else
                                    d.rejectedProfiles = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                                d.errorMessage = "";
                            }
                            if (m.rejectedProfiles != null && $Object.hasOwnProperty.call(m, "rejectedProfiles")) {
                                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                    d.rejectedProfiles = typeof m.rejectedProfiles === "number" ? $BigInt(m.rejectedProfiles) : $util.Long.fromBits(m.rejectedProfiles.low >>> 0, m.rejectedProfiles.high >>> 0, false).toBigInt();
                                else if (typeof m.rejectedProfiles === "number")
                                    d.rejectedProfiles = o.longs === $String ? $String(m.rejectedProfiles) : m.rejectedProfiles;
                                else
                                    d.rejectedProfiles = o.longs === $String ? $util.Long.prototype.toString.call(m.rejectedProfiles) : o.longs === $Number ? new $util.LongBits(m.rejectedProfiles.low >>> 0, m.rejectedProfiles.high >>> 0).toNumber() : m.rejectedProfiles;
                            }
                            if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage")) {
                                d.errorMessage = m.errorMessage;
                            }
                            return d;
                        };

                        /**
                         * Converts this ExportProfilesPartialSuccess to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ExportProfilesPartialSuccess.prototype.toJSON = function() {
                            return ExportProfilesPartialSuccess.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ExportProfilesPartialSuccess
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ExportProfilesPartialSuccess.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess";
                        };

                        return ExportProfilesPartialSuccess;
                    })();

                    return v1development;
                })();

                return profiles;
            })();

            return collector;
        })();

        proto.profiles = (function() {

            /**
             * Namespace profiles.
             * @memberof opentelemetry.proto
             * @namespace
             */
            var profiles = {};

            profiles.v1development = (function() {

                /**
                 * Namespace v1development.
                 * @memberof opentelemetry.proto.profiles
                 * @namespace
                 */
                var v1development = {};

                v1development.ProfilesDictionary = (function() {

                    /**
                     * Properties of a ProfilesDictionary.
                     * @typedef {Object} opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties
                     * @property {Array.<opentelemetry.proto.profiles.v1development.Mapping.$Properties>|null} [mappingTable] ProfilesDictionary mappingTable
                     * @property {Array.<opentelemetry.proto.profiles.v1development.Location.$Properties>|null} [locationTable] ProfilesDictionary locationTable
                     * @property {Array.<opentelemetry.proto.profiles.v1development.Function.$Properties>|null} [functionTable] ProfilesDictionary functionTable
                     * @property {Array.<opentelemetry.proto.profiles.v1development.Link.$Properties>|null} [linkTable] ProfilesDictionary linkTable
                     * @property {Array.<string>|null} [stringTable] ProfilesDictionary stringTable
                     * @property {Array.<opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Properties>|null} [attributeTable] ProfilesDictionary attributeTable
                     * @property {Array.<opentelemetry.proto.profiles.v1development.Stack.$Properties>|null} [stackTable] ProfilesDictionary stackTable
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ProfilesDictionary.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @interface IProfilesDictionary
                     * @augments opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties
                     * @deprecated Use opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties instead.
                     */

                    /**
                     * Shape of a ProfilesDictionary.
                     * @typedef {{
                     *   mappingTable?: Array.<opentelemetry.proto.profiles.v1development.Mapping.$Shape>|null;
                     *   locationTable?: Array.<opentelemetry.proto.profiles.v1development.Location.$Shape>|null;
                     *   functionTable?: Array.<opentelemetry.proto.profiles.v1development.Function.$Shape>|null;
                     *   linkTable?: Array.<opentelemetry.proto.profiles.v1development.Link.$Shape>|null;
                     *   stringTable?: Array.<string>|null;
                     *   attributeTable?: Array.<opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Shape>|null;
                     *   stackTable?: Array.<opentelemetry.proto.profiles.v1development.Stack.$Shape>|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Shape
                     */

                    /**
                     * Constructs a new ProfilesDictionary.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @classdesc Represents a ProfilesDictionary.
                     * @constructor
                     * @param {opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ProfilesDictionary = function (p) {
                        this.mappingTable = [];
                        this.locationTable = [];
                        this.functionTable = [];
                        this.linkTable = [];
                        this.stringTable = [];
                        this.attributeTable = [];
                        this.stackTable = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ProfilesDictionary mappingTable.
                     * @member {Array.<opentelemetry.proto.profiles.v1development.Mapping.$Properties>} mappingTable
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesDictionary
                     * @instance
                     */
                    ProfilesDictionary.prototype.mappingTable = $util.emptyArray;

                    /**
                     * ProfilesDictionary locationTable.
                     * @member {Array.<opentelemetry.proto.profiles.v1development.Location.$Properties>} locationTable
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesDictionary
                     * @instance
                     */
                    ProfilesDictionary.prototype.locationTable = $util.emptyArray;

                    /**
                     * ProfilesDictionary functionTable.
                     * @member {Array.<opentelemetry.proto.profiles.v1development.Function.$Properties>} functionTable
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesDictionary
                     * @instance
                     */
                    ProfilesDictionary.prototype.functionTable = $util.emptyArray;

                    /**
                     * ProfilesDictionary linkTable.
                     * @member {Array.<opentelemetry.proto.profiles.v1development.Link.$Properties>} linkTable
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesDictionary
                     * @instance
                     */
                    ProfilesDictionary.prototype.linkTable = $util.emptyArray;

                    /**
                     * ProfilesDictionary stringTable.
                     * @member {Array.<string>} stringTable
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesDictionary
                     * @instance
                     */
                    ProfilesDictionary.prototype.stringTable = $util.emptyArray;

                    /**
                     * ProfilesDictionary attributeTable.
                     * @member {Array.<opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Properties>} attributeTable
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesDictionary
                     * @instance
                     */
                    ProfilesDictionary.prototype.attributeTable = $util.emptyArray;

                    /**
                     * ProfilesDictionary stackTable.
                     * @member {Array.<opentelemetry.proto.profiles.v1development.Stack.$Properties>} stackTable
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesDictionary
                     * @instance
                     */
                    ProfilesDictionary.prototype.stackTable = $util.emptyArray;

                    /**
                     * Creates a new ProfilesDictionary instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesDictionary
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.profiles.v1development.ProfilesDictionary} ProfilesDictionary instance
                     * @type {{
                     *   (properties: opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Shape): opentelemetry.proto.profiles.v1development.ProfilesDictionary & opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Shape;
                     *   (properties?: opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties): opentelemetry.proto.profiles.v1development.ProfilesDictionary;
                     * }}
                     */
                    ProfilesDictionary.create = function(properties) {
                        return new ProfilesDictionary(properties);
                    };

                    /**
                     * Encodes the specified ProfilesDictionary message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.ProfilesDictionary.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesDictionary
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties} m ProfilesDictionary message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ProfilesDictionary.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.mappingTable != null && m.mappingTable.length) {
                            for (var i = 0; i < m.mappingTable.length; ++i)
                                $root.opentelemetry.proto.profiles.v1development.Mapping.encode(m.mappingTable[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.locationTable != null && m.locationTable.length) {
                            for (var i = 0; i < m.locationTable.length; ++i)
                                $root.opentelemetry.proto.profiles.v1development.Location.encode(m.locationTable[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        }
                        if (m.functionTable != null && m.functionTable.length) {
                            for (var i = 0; i < m.functionTable.length; ++i)
                                $root.opentelemetry.proto.profiles.v1development.Function.encode(m.functionTable[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                        }
                        if (m.linkTable != null && m.linkTable.length) {
                            for (var i = 0; i < m.linkTable.length; ++i)
                                $root.opentelemetry.proto.profiles.v1development.Link.encode(m.linkTable[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                        }
                        if (m.stringTable != null && m.stringTable.length) {
                            for (var i = 0; i < m.stringTable.length; ++i)
                                w.uint32(/* id 5, wireType 2 =*/42).string(m.stringTable[i]);
                        }
                        if (m.attributeTable != null && m.attributeTable.length) {
                            for (var i = 0; i < m.attributeTable.length; ++i)
                                $root.opentelemetry.proto.profiles.v1development.KeyValueAndUnit.encode(m.attributeTable[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                        }
                        if (m.stackTable != null && m.stackTable.length) {
                            for (var i = 0; i < m.stackTable.length; ++i)
                                $root.opentelemetry.proto.profiles.v1development.Stack.encode(m.stackTable[i], w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a ProfilesDictionary message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesDictionary
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.ProfilesDictionary & opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Shape} ProfilesDictionary
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ProfilesDictionary.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.profiles.v1development.ProfilesDictionary();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.mappingTable && m.mappingTable.length))
                                        m.mappingTable = [];
                                    m.mappingTable.push($root.opentelemetry.proto.profiles.v1development.Mapping.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.locationTable && m.locationTable.length))
                                        m.locationTable = [];
                                    m.locationTable.push($root.opentelemetry.proto.profiles.v1development.Location.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.functionTable && m.functionTable.length))
                                        m.functionTable = [];
                                    m.functionTable.push($root.opentelemetry.proto.profiles.v1development.Function.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 4: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.linkTable && m.linkTable.length))
                                        m.linkTable = [];
                                    m.linkTable.push($root.opentelemetry.proto.profiles.v1development.Link.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 5: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.stringTable && m.stringTable.length))
                                        m.stringTable = [];
                                    m.stringTable.push(r.stringVerify());
                                    continue;
                                }
                            case 6: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.attributeTable && m.attributeTable.length))
                                        m.attributeTable = [];
                                    m.attributeTable.push($root.opentelemetry.proto.profiles.v1development.KeyValueAndUnit.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 7: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.stackTable && m.stackTable.length))
                                        m.stackTable = [];
                                    m.stackTable.push($root.opentelemetry.proto.profiles.v1development.Stack.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a ProfilesDictionary message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesDictionary
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.profiles.v1development.ProfilesDictionary} ProfilesDictionary
                     */
                    ProfilesDictionary.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.profiles.v1development.ProfilesDictionary)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.profiles.v1development.ProfilesDictionary: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.profiles.v1development.ProfilesDictionary();
                        if (d.mappingTable) {
                            if (!$Array.isArray(d.mappingTable))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.ProfilesDictionary.mappingTable: array expected");
                            m.mappingTable = $Array(d.mappingTable.length);
                            for (var i = 0; i < d.mappingTable.length; ++i) {
                                if (!$util.isObject(d.mappingTable[i]))
                                    throw $TypeError(".opentelemetry.proto.profiles.v1development.ProfilesDictionary.mappingTable: object expected");
                                m.mappingTable[i] = $root.opentelemetry.proto.profiles.v1development.Mapping.fromObject(d.mappingTable[i], q + 1);
                            }
                        }
                        if (d.locationTable) {
                            if (!$Array.isArray(d.locationTable))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.ProfilesDictionary.locationTable: array expected");
                            m.locationTable = $Array(d.locationTable.length);
                            for (var i = 0; i < d.locationTable.length; ++i) {
                                if (!$util.isObject(d.locationTable[i]))
                                    throw $TypeError(".opentelemetry.proto.profiles.v1development.ProfilesDictionary.locationTable: object expected");
                                m.locationTable[i] = $root.opentelemetry.proto.profiles.v1development.Location.fromObject(d.locationTable[i], q + 1);
                            }
                        }
                        if (d.functionTable) {
                            if (!$Array.isArray(d.functionTable))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.ProfilesDictionary.functionTable: array expected");
                            m.functionTable = $Array(d.functionTable.length);
                            for (var i = 0; i < d.functionTable.length; ++i) {
                                if (!$util.isObject(d.functionTable[i]))
                                    throw $TypeError(".opentelemetry.proto.profiles.v1development.ProfilesDictionary.functionTable: object expected");
                                m.functionTable[i] = $root.opentelemetry.proto.profiles.v1development.Function.fromObject(d.functionTable[i], q + 1);
                            }
                        }
                        if (d.linkTable) {
                            if (!$Array.isArray(d.linkTable))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.ProfilesDictionary.linkTable: array expected");
                            m.linkTable = $Array(d.linkTable.length);
                            for (var i = 0; i < d.linkTable.length; ++i) {
                                if (!$util.isObject(d.linkTable[i]))
                                    throw $TypeError(".opentelemetry.proto.profiles.v1development.ProfilesDictionary.linkTable: object expected");
                                m.linkTable[i] = $root.opentelemetry.proto.profiles.v1development.Link.fromObject(d.linkTable[i], q + 1);
                            }
                        }
                        if (d.stringTable) {
                            if (!$Array.isArray(d.stringTable))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.ProfilesDictionary.stringTable: array expected");
                            m.stringTable = $Array(d.stringTable.length);
                            for (var i = 0; i < d.stringTable.length; ++i) {
                                m.stringTable[i] = $String(d.stringTable[i]);
                            }
                        }
                        if (d.attributeTable) {
                            if (!$Array.isArray(d.attributeTable))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.ProfilesDictionary.attributeTable: array expected");
                            m.attributeTable = $Array(d.attributeTable.length);
                            for (var i = 0; i < d.attributeTable.length; ++i) {
                                if (!$util.isObject(d.attributeTable[i]))
                                    throw $TypeError(".opentelemetry.proto.profiles.v1development.ProfilesDictionary.attributeTable: object expected");
                                m.attributeTable[i] = $root.opentelemetry.proto.profiles.v1development.KeyValueAndUnit.fromObject(d.attributeTable[i], q + 1);
                            }
                        }
                        if (d.stackTable) {
                            if (!$Array.isArray(d.stackTable))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.ProfilesDictionary.stackTable: array expected");
                            m.stackTable = $Array(d.stackTable.length);
                            for (var i = 0; i < d.stackTable.length; ++i) {
                                if (!$util.isObject(d.stackTable[i]))
                                    throw $TypeError(".opentelemetry.proto.profiles.v1development.ProfilesDictionary.stackTable: object expected");
                                m.stackTable[i] = $root.opentelemetry.proto.profiles.v1development.Stack.fromObject(d.stackTable[i], q + 1);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a ProfilesDictionary message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesDictionary
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.ProfilesDictionary} m ProfilesDictionary
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ProfilesDictionary.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.mappingTable = [];
                            d.locationTable = [];
                            d.functionTable = [];
                            d.linkTable = [];
                            d.stringTable = [];
                            d.attributeTable = [];
                            d.stackTable = [];
                        }
                        if (m.mappingTable && m.mappingTable.length) {
                            d.mappingTable = $Array(m.mappingTable.length);
                            for (var j = 0; j < m.mappingTable.length; ++j) {
                                d.mappingTable[j] = $root.opentelemetry.proto.profiles.v1development.Mapping.toObject(m.mappingTable[j], o, q + 1);
                            }
                        }
                        if (m.locationTable && m.locationTable.length) {
                            d.locationTable = $Array(m.locationTable.length);
                            for (var j = 0; j < m.locationTable.length; ++j) {
                                d.locationTable[j] = $root.opentelemetry.proto.profiles.v1development.Location.toObject(m.locationTable[j], o, q + 1);
                            }
                        }
                        if (m.functionTable && m.functionTable.length) {
                            d.functionTable = $Array(m.functionTable.length);
                            for (var j = 0; j < m.functionTable.length; ++j) {
                                d.functionTable[j] = $root.opentelemetry.proto.profiles.v1development.Function.toObject(m.functionTable[j], o, q + 1);
                            }
                        }
                        if (m.linkTable && m.linkTable.length) {
                            d.linkTable = $Array(m.linkTable.length);
                            for (var j = 0; j < m.linkTable.length; ++j) {
                                d.linkTable[j] = $root.opentelemetry.proto.profiles.v1development.Link.toObject(m.linkTable[j], o, q + 1);
                            }
                        }
                        if (m.stringTable && m.stringTable.length) {
                            d.stringTable = $Array(m.stringTable.length);
                            for (var j = 0; j < m.stringTable.length; ++j) {
                                d.stringTable[j] = m.stringTable[j];
                            }
                        }
                        if (m.attributeTable && m.attributeTable.length) {
                            d.attributeTable = $Array(m.attributeTable.length);
                            for (var j = 0; j < m.attributeTable.length; ++j) {
                                d.attributeTable[j] = $root.opentelemetry.proto.profiles.v1development.KeyValueAndUnit.toObject(m.attributeTable[j], o, q + 1);
                            }
                        }
                        if (m.stackTable && m.stackTable.length) {
                            d.stackTable = $Array(m.stackTable.length);
                            for (var j = 0; j < m.stackTable.length; ++j) {
                                d.stackTable[j] = $root.opentelemetry.proto.profiles.v1development.Stack.toObject(m.stackTable[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this ProfilesDictionary to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesDictionary
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ProfilesDictionary.prototype.toJSON = function() {
                        return ProfilesDictionary.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ProfilesDictionary
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesDictionary
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ProfilesDictionary.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.profiles.v1development.ProfilesDictionary";
                    };

                    return ProfilesDictionary;
                })();

                v1development.ProfilesData = (function() {

                    /**
                     * Properties of a ProfilesData.
                     * @typedef {Object} opentelemetry.proto.profiles.v1development.ProfilesData.$Properties
                     * @property {Array.<opentelemetry.proto.profiles.v1development.ResourceProfiles.$Properties>|null} [resourceProfiles] ProfilesData resourceProfiles
                     * @property {opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties|null} [dictionary] ProfilesData dictionary
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ProfilesData.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @interface IProfilesData
                     * @augments opentelemetry.proto.profiles.v1development.ProfilesData.$Properties
                     * @deprecated Use opentelemetry.proto.profiles.v1development.ProfilesData.$Properties instead.
                     */

                    /**
                     * Shape of a ProfilesData.
                     * @typedef {{
                     *   resourceProfiles?: Array.<opentelemetry.proto.profiles.v1development.ResourceProfiles.$Shape>|null;
                     *   dictionary?: opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.profiles.v1development.ProfilesData.$Shape
                     */

                    /**
                     * Constructs a new ProfilesData.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @classdesc Represents a ProfilesData.
                     * @constructor
                     * @param {opentelemetry.proto.profiles.v1development.ProfilesData.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ProfilesData = function (p) {
                        this.resourceProfiles = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ProfilesData resourceProfiles.
                     * @member {Array.<opentelemetry.proto.profiles.v1development.ResourceProfiles.$Properties>} resourceProfiles
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesData
                     * @instance
                     */
                    ProfilesData.prototype.resourceProfiles = $util.emptyArray;

                    /**
                     * ProfilesData dictionary.
                     * @member {opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties|null|undefined} dictionary
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesData
                     * @instance
                     */
                    ProfilesData.prototype.dictionary = null;

                    /**
                     * Creates a new ProfilesData instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesData
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.ProfilesData.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.profiles.v1development.ProfilesData} ProfilesData instance
                     * @type {{
                     *   (properties: opentelemetry.proto.profiles.v1development.ProfilesData.$Shape): opentelemetry.proto.profiles.v1development.ProfilesData & opentelemetry.proto.profiles.v1development.ProfilesData.$Shape;
                     *   (properties?: opentelemetry.proto.profiles.v1development.ProfilesData.$Properties): opentelemetry.proto.profiles.v1development.ProfilesData;
                     * }}
                     */
                    ProfilesData.create = function(properties) {
                        return new ProfilesData(properties);
                    };

                    /**
                     * Encodes the specified ProfilesData message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.ProfilesData.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesData
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.ProfilesData.$Properties} m ProfilesData message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ProfilesData.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.resourceProfiles != null && m.resourceProfiles.length) {
                            for (var i = 0; i < m.resourceProfiles.length; ++i)
                                $root.opentelemetry.proto.profiles.v1development.ResourceProfiles.encode(m.resourceProfiles[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.dictionary != null && $Object.hasOwnProperty.call(m, "dictionary"))
                            $root.opentelemetry.proto.profiles.v1development.ProfilesDictionary.encode(m.dictionary, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a ProfilesData message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesData
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.ProfilesData & opentelemetry.proto.profiles.v1development.ProfilesData.$Shape} ProfilesData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ProfilesData.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.profiles.v1development.ProfilesData();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.resourceProfiles && m.resourceProfiles.length))
                                        m.resourceProfiles = [];
                                    m.resourceProfiles.push($root.opentelemetry.proto.profiles.v1development.ResourceProfiles.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    m.dictionary = $root.opentelemetry.proto.profiles.v1development.ProfilesDictionary.decode(r, r.size(), $undefined, q + 1, m.dictionary);
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a ProfilesData message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesData
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.profiles.v1development.ProfilesData} ProfilesData
                     */
                    ProfilesData.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.profiles.v1development.ProfilesData)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.profiles.v1development.ProfilesData: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.profiles.v1development.ProfilesData();
                        if (d.resourceProfiles) {
                            if (!$Array.isArray(d.resourceProfiles))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.ProfilesData.resourceProfiles: array expected");
                            m.resourceProfiles = $Array(d.resourceProfiles.length);
                            for (var i = 0; i < d.resourceProfiles.length; ++i) {
                                if (!$util.isObject(d.resourceProfiles[i]))
                                    throw $TypeError(".opentelemetry.proto.profiles.v1development.ProfilesData.resourceProfiles: object expected");
                                m.resourceProfiles[i] = $root.opentelemetry.proto.profiles.v1development.ResourceProfiles.fromObject(d.resourceProfiles[i], q + 1);
                            }
                        }
                        if (d.dictionary != null) {
                            if (!$util.isObject(d.dictionary))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.ProfilesData.dictionary: object expected");
                            m.dictionary = $root.opentelemetry.proto.profiles.v1development.ProfilesDictionary.fromObject(d.dictionary, q + 1);
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a ProfilesData message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesData
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.ProfilesData} m ProfilesData
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ProfilesData.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.resourceProfiles = [];
                        }
                        if (o.defaults) {
                            d.dictionary = null;
                        }
                        if (m.resourceProfiles && m.resourceProfiles.length) {
                            d.resourceProfiles = $Array(m.resourceProfiles.length);
                            for (var j = 0; j < m.resourceProfiles.length; ++j) {
                                d.resourceProfiles[j] = $root.opentelemetry.proto.profiles.v1development.ResourceProfiles.toObject(m.resourceProfiles[j], o, q + 1);
                            }
                        }
                        if (m.dictionary != null && $Object.hasOwnProperty.call(m, "dictionary")) {
                            d.dictionary = $root.opentelemetry.proto.profiles.v1development.ProfilesDictionary.toObject(m.dictionary, o, q + 1);
                        }
                        return d;
                    };

                    /**
                     * Converts this ProfilesData to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesData
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ProfilesData.prototype.toJSON = function() {
                        return ProfilesData.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ProfilesData
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.profiles.v1development.ProfilesData
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ProfilesData.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.profiles.v1development.ProfilesData";
                    };

                    return ProfilesData;
                })();

                v1development.ResourceProfiles = (function() {

                    /**
                     * Properties of a ResourceProfiles.
                     * @typedef {Object} opentelemetry.proto.profiles.v1development.ResourceProfiles.$Properties
                     * @property {opentelemetry.proto.resource.v1.Resource.$Properties|null} [resource] ResourceProfiles resource
                     * @property {Array.<opentelemetry.proto.profiles.v1development.ScopeProfiles.$Properties>|null} [scopeProfiles] ResourceProfiles scopeProfiles
                     * @property {string|null} [schemaUrl] ResourceProfiles schemaUrl
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ResourceProfiles.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @interface IResourceProfiles
                     * @augments opentelemetry.proto.profiles.v1development.ResourceProfiles.$Properties
                     * @deprecated Use opentelemetry.proto.profiles.v1development.ResourceProfiles.$Properties instead.
                     */

                    /**
                     * Shape of a ResourceProfiles.
                     * @typedef {{
                     *   resource?: opentelemetry.proto.resource.v1.Resource.$Shape|null;
                     *   scopeProfiles?: Array.<opentelemetry.proto.profiles.v1development.ScopeProfiles.$Shape>|null;
                     *   schemaUrl?: string|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.profiles.v1development.ResourceProfiles.$Shape
                     */

                    /**
                     * Constructs a new ResourceProfiles.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @classdesc Represents a ResourceProfiles.
                     * @constructor
                     * @param {opentelemetry.proto.profiles.v1development.ResourceProfiles.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ResourceProfiles = function (p) {
                        this.scopeProfiles = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ResourceProfiles resource.
                     * @member {opentelemetry.proto.resource.v1.Resource.$Properties|null|undefined} resource
                     * @memberof opentelemetry.proto.profiles.v1development.ResourceProfiles
                     * @instance
                     */
                    ResourceProfiles.prototype.resource = null;

                    /**
                     * ResourceProfiles scopeProfiles.
                     * @member {Array.<opentelemetry.proto.profiles.v1development.ScopeProfiles.$Properties>} scopeProfiles
                     * @memberof opentelemetry.proto.profiles.v1development.ResourceProfiles
                     * @instance
                     */
                    ResourceProfiles.prototype.scopeProfiles = $util.emptyArray;

                    /**
                     * ResourceProfiles schemaUrl.
                     * @member {string} schemaUrl
                     * @memberof opentelemetry.proto.profiles.v1development.ResourceProfiles
                     * @instance
                     */
                    ResourceProfiles.prototype.schemaUrl = "";

                    /**
                     * Creates a new ResourceProfiles instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.profiles.v1development.ResourceProfiles
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.ResourceProfiles.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.profiles.v1development.ResourceProfiles} ResourceProfiles instance
                     * @type {{
                     *   (properties: opentelemetry.proto.profiles.v1development.ResourceProfiles.$Shape): opentelemetry.proto.profiles.v1development.ResourceProfiles & opentelemetry.proto.profiles.v1development.ResourceProfiles.$Shape;
                     *   (properties?: opentelemetry.proto.profiles.v1development.ResourceProfiles.$Properties): opentelemetry.proto.profiles.v1development.ResourceProfiles;
                     * }}
                     */
                    ResourceProfiles.create = function(properties) {
                        return new ResourceProfiles(properties);
                    };

                    /**
                     * Encodes the specified ResourceProfiles message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.ResourceProfiles.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.profiles.v1development.ResourceProfiles
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.ResourceProfiles.$Properties} m ResourceProfiles message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ResourceProfiles.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.resource != null && $Object.hasOwnProperty.call(m, "resource"))
                            $root.opentelemetry.proto.resource.v1.Resource.encode(m.resource, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (m.scopeProfiles != null && m.scopeProfiles.length) {
                            for (var i = 0; i < m.scopeProfiles.length; ++i)
                                $root.opentelemetry.proto.profiles.v1development.ScopeProfiles.encode(m.scopeProfiles[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        }
                        if (m.schemaUrl != null && $Object.hasOwnProperty.call(m, "schemaUrl") && m.schemaUrl !== "")
                            w.uint32(/* id 3, wireType 2 =*/26).string(m.schemaUrl);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a ResourceProfiles message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.profiles.v1development.ResourceProfiles
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.ResourceProfiles & opentelemetry.proto.profiles.v1development.ResourceProfiles.$Shape} ResourceProfiles
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ResourceProfiles.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.profiles.v1development.ResourceProfiles();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    m.resource = $root.opentelemetry.proto.resource.v1.Resource.decode(r, r.size(), $undefined, q + 1, m.resource);
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.scopeProfiles && m.scopeProfiles.length))
                                        m.scopeProfiles = [];
                                    m.scopeProfiles.push($root.opentelemetry.proto.profiles.v1development.ScopeProfiles.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.schemaUrl = v;
                                    else
                                        delete m.schemaUrl;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a ResourceProfiles message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.profiles.v1development.ResourceProfiles
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.profiles.v1development.ResourceProfiles} ResourceProfiles
                     */
                    ResourceProfiles.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.profiles.v1development.ResourceProfiles)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.profiles.v1development.ResourceProfiles: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.profiles.v1development.ResourceProfiles();
                        if (d.resource != null) {
                            if (!$util.isObject(d.resource))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.ResourceProfiles.resource: object expected");
                            m.resource = $root.opentelemetry.proto.resource.v1.Resource.fromObject(d.resource, q + 1);
                        }
                        if (d.scopeProfiles) {
                            if (!$Array.isArray(d.scopeProfiles))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.ResourceProfiles.scopeProfiles: array expected");
                            m.scopeProfiles = $Array(d.scopeProfiles.length);
                            for (var i = 0; i < d.scopeProfiles.length; ++i) {
                                if (!$util.isObject(d.scopeProfiles[i]))
                                    throw $TypeError(".opentelemetry.proto.profiles.v1development.ResourceProfiles.scopeProfiles: object expected");
                                m.scopeProfiles[i] = $root.opentelemetry.proto.profiles.v1development.ScopeProfiles.fromObject(d.scopeProfiles[i], q + 1);
                            }
                        }
                        if (d.schemaUrl != null) {
                            if (typeof d.schemaUrl !== "string" || d.schemaUrl.length) {
                                m.schemaUrl = $String(d.schemaUrl);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a ResourceProfiles message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.profiles.v1development.ResourceProfiles
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.ResourceProfiles} m ResourceProfiles
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ResourceProfiles.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.scopeProfiles = [];
                        }
                        if (o.defaults) {
                            d.resource = null;
                            d.schemaUrl = "";
                        }
                        if (m.resource != null && $Object.hasOwnProperty.call(m, "resource")) {
                            d.resource = $root.opentelemetry.proto.resource.v1.Resource.toObject(m.resource, o, q + 1);
                        }
                        if (m.scopeProfiles && m.scopeProfiles.length) {
                            d.scopeProfiles = $Array(m.scopeProfiles.length);
                            for (var j = 0; j < m.scopeProfiles.length; ++j) {
                                d.scopeProfiles[j] = $root.opentelemetry.proto.profiles.v1development.ScopeProfiles.toObject(m.scopeProfiles[j], o, q + 1);
                            }
                        }
                        if (m.schemaUrl != null && $Object.hasOwnProperty.call(m, "schemaUrl")) {
                            d.schemaUrl = m.schemaUrl;
                        }
                        return d;
                    };

                    /**
                     * Converts this ResourceProfiles to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.profiles.v1development.ResourceProfiles
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ResourceProfiles.prototype.toJSON = function() {
                        return ResourceProfiles.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ResourceProfiles
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.profiles.v1development.ResourceProfiles
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ResourceProfiles.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.profiles.v1development.ResourceProfiles";
                    };

                    return ResourceProfiles;
                })();

                v1development.ScopeProfiles = (function() {

                    /**
                     * Properties of a ScopeProfiles.
                     * @typedef {Object} opentelemetry.proto.profiles.v1development.ScopeProfiles.$Properties
                     * @property {opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null} [scope] ScopeProfiles scope
                     * @property {Array.<opentelemetry.proto.profiles.v1development.Profile.$Properties>|null} [profiles] ScopeProfiles profiles
                     * @property {string|null} [schemaUrl] ScopeProfiles schemaUrl
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ScopeProfiles.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @interface IScopeProfiles
                     * @augments opentelemetry.proto.profiles.v1development.ScopeProfiles.$Properties
                     * @deprecated Use opentelemetry.proto.profiles.v1development.ScopeProfiles.$Properties instead.
                     */

                    /**
                     * Shape of a ScopeProfiles.
                     * @typedef {{
                     *   scope?: opentelemetry.proto.common.v1.InstrumentationScope.$Shape|null;
                     *   profiles?: Array.<opentelemetry.proto.profiles.v1development.Profile.$Shape>|null;
                     *   schemaUrl?: string|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.profiles.v1development.ScopeProfiles.$Shape
                     */

                    /**
                     * Constructs a new ScopeProfiles.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @classdesc Represents a ScopeProfiles.
                     * @constructor
                     * @param {opentelemetry.proto.profiles.v1development.ScopeProfiles.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ScopeProfiles = function (p) {
                        this.profiles = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ScopeProfiles scope.
                     * @member {opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null|undefined} scope
                     * @memberof opentelemetry.proto.profiles.v1development.ScopeProfiles
                     * @instance
                     */
                    ScopeProfiles.prototype.scope = null;

                    /**
                     * ScopeProfiles profiles.
                     * @member {Array.<opentelemetry.proto.profiles.v1development.Profile.$Properties>} profiles
                     * @memberof opentelemetry.proto.profiles.v1development.ScopeProfiles
                     * @instance
                     */
                    ScopeProfiles.prototype.profiles = $util.emptyArray;

                    /**
                     * ScopeProfiles schemaUrl.
                     * @member {string} schemaUrl
                     * @memberof opentelemetry.proto.profiles.v1development.ScopeProfiles
                     * @instance
                     */
                    ScopeProfiles.prototype.schemaUrl = "";

                    /**
                     * Creates a new ScopeProfiles instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.profiles.v1development.ScopeProfiles
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.ScopeProfiles.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.profiles.v1development.ScopeProfiles} ScopeProfiles instance
                     * @type {{
                     *   (properties: opentelemetry.proto.profiles.v1development.ScopeProfiles.$Shape): opentelemetry.proto.profiles.v1development.ScopeProfiles & opentelemetry.proto.profiles.v1development.ScopeProfiles.$Shape;
                     *   (properties?: opentelemetry.proto.profiles.v1development.ScopeProfiles.$Properties): opentelemetry.proto.profiles.v1development.ScopeProfiles;
                     * }}
                     */
                    ScopeProfiles.create = function(properties) {
                        return new ScopeProfiles(properties);
                    };

                    /**
                     * Encodes the specified ScopeProfiles message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.ScopeProfiles.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.profiles.v1development.ScopeProfiles
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.ScopeProfiles.$Properties} m ScopeProfiles message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ScopeProfiles.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.scope != null && $Object.hasOwnProperty.call(m, "scope"))
                            $root.opentelemetry.proto.common.v1.InstrumentationScope.encode(m.scope, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (m.profiles != null && m.profiles.length) {
                            for (var i = 0; i < m.profiles.length; ++i)
                                $root.opentelemetry.proto.profiles.v1development.Profile.encode(m.profiles[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        }
                        if (m.schemaUrl != null && $Object.hasOwnProperty.call(m, "schemaUrl") && m.schemaUrl !== "")
                            w.uint32(/* id 3, wireType 2 =*/26).string(m.schemaUrl);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a ScopeProfiles message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.profiles.v1development.ScopeProfiles
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.ScopeProfiles & opentelemetry.proto.profiles.v1development.ScopeProfiles.$Shape} ScopeProfiles
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ScopeProfiles.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.profiles.v1development.ScopeProfiles();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    m.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.decode(r, r.size(), $undefined, q + 1, m.scope);
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.profiles && m.profiles.length))
                                        m.profiles = [];
                                    m.profiles.push($root.opentelemetry.proto.profiles.v1development.Profile.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.schemaUrl = v;
                                    else
                                        delete m.schemaUrl;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a ScopeProfiles message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.profiles.v1development.ScopeProfiles
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.profiles.v1development.ScopeProfiles} ScopeProfiles
                     */
                    ScopeProfiles.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.profiles.v1development.ScopeProfiles)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.profiles.v1development.ScopeProfiles: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.profiles.v1development.ScopeProfiles();
                        if (d.scope != null) {
                            if (!$util.isObject(d.scope))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.ScopeProfiles.scope: object expected");
                            m.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.fromObject(d.scope, q + 1);
                        }
                        if (d.profiles) {
                            if (!$Array.isArray(d.profiles))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.ScopeProfiles.profiles: array expected");
                            m.profiles = $Array(d.profiles.length);
                            for (var i = 0; i < d.profiles.length; ++i) {
                                if (!$util.isObject(d.profiles[i]))
                                    throw $TypeError(".opentelemetry.proto.profiles.v1development.ScopeProfiles.profiles: object expected");
                                m.profiles[i] = $root.opentelemetry.proto.profiles.v1development.Profile.fromObject(d.profiles[i], q + 1);
                            }
                        }
                        if (d.schemaUrl != null) {
                            if (typeof d.schemaUrl !== "string" || d.schemaUrl.length) {
                                m.schemaUrl = $String(d.schemaUrl);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a ScopeProfiles message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.profiles.v1development.ScopeProfiles
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.ScopeProfiles} m ScopeProfiles
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ScopeProfiles.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.profiles = [];
                        }
                        if (o.defaults) {
                            d.scope = null;
                            d.schemaUrl = "";
                        }
                        if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                            d.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.toObject(m.scope, o, q + 1);
                        }
                        if (m.profiles && m.profiles.length) {
                            d.profiles = $Array(m.profiles.length);
                            for (var j = 0; j < m.profiles.length; ++j) {
                                d.profiles[j] = $root.opentelemetry.proto.profiles.v1development.Profile.toObject(m.profiles[j], o, q + 1);
                            }
                        }
                        if (m.schemaUrl != null && $Object.hasOwnProperty.call(m, "schemaUrl")) {
                            d.schemaUrl = m.schemaUrl;
                        }
                        return d;
                    };

                    /**
                     * Converts this ScopeProfiles to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.profiles.v1development.ScopeProfiles
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ScopeProfiles.prototype.toJSON = function() {
                        return ScopeProfiles.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ScopeProfiles
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.profiles.v1development.ScopeProfiles
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ScopeProfiles.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.profiles.v1development.ScopeProfiles";
                    };

                    return ScopeProfiles;
                })();

                v1development.Profile = (function() {

                    /**
                     * Properties of a Profile.
                     * @typedef {Object} opentelemetry.proto.profiles.v1development.Profile.$Properties
                     * @property {opentelemetry.proto.profiles.v1development.ValueType.$Properties|null} [sampleType] Profile sampleType
                     * @property {Array.<opentelemetry.proto.profiles.v1development.Sample.$Properties>|null} [samples] Profile samples
                     * @property {number|Long|null} [timeUnixNano] Profile timeUnixNano
                     * @property {number|Long|null} [durationNano] Profile durationNano
                     * @property {opentelemetry.proto.profiles.v1development.ValueType.$Properties|null} [periodType] Profile periodType
                     * @property {number|Long|null} [period] Profile period
                     * @property {Uint8Array|null} [profileId] Profile profileId
                     * @property {number|null} [droppedAttributesCount] Profile droppedAttributesCount
                     * @property {string|null} [originalPayloadFormat] Profile originalPayloadFormat
                     * @property {Uint8Array|null} [originalPayload] Profile originalPayload
                     * @property {Array.<number>|null} [attributeIndices] Profile attributeIndices
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Profile.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @interface IProfile
                     * @augments opentelemetry.proto.profiles.v1development.Profile.$Properties
                     * @deprecated Use opentelemetry.proto.profiles.v1development.Profile.$Properties instead.
                     */

                    /**
                     * Shape of a Profile.
                     * @typedef {opentelemetry.proto.profiles.v1development.Profile.$Properties} opentelemetry.proto.profiles.v1development.Profile.$Shape
                     */

                    /**
                     * Constructs a new Profile.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @classdesc Represents a Profile.
                     * @constructor
                     * @param {opentelemetry.proto.profiles.v1development.Profile.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Profile = function (p) {
                        this.samples = [];
                        this.attributeIndices = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Profile sampleType.
                     * @member {opentelemetry.proto.profiles.v1development.ValueType.$Properties|null|undefined} sampleType
                     * @memberof opentelemetry.proto.profiles.v1development.Profile
                     * @instance
                     */
                    Profile.prototype.sampleType = null;

                    /**
                     * Profile samples.
                     * @member {Array.<opentelemetry.proto.profiles.v1development.Sample.$Properties>} samples
                     * @memberof opentelemetry.proto.profiles.v1development.Profile
                     * @instance
                     */
                    Profile.prototype.samples = $util.emptyArray;

                    /**
                     * Profile timeUnixNano.
                     * @member {number|Long} timeUnixNano
                     * @memberof opentelemetry.proto.profiles.v1development.Profile
                     * @instance
                     */
                    Profile.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Profile durationNano.
                     * @member {number|Long} durationNano
                     * @memberof opentelemetry.proto.profiles.v1development.Profile
                     * @instance
                     */
                    Profile.prototype.durationNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Profile periodType.
                     * @member {opentelemetry.proto.profiles.v1development.ValueType.$Properties|null|undefined} periodType
                     * @memberof opentelemetry.proto.profiles.v1development.Profile
                     * @instance
                     */
                    Profile.prototype.periodType = null;

                    /**
                     * Profile period.
                     * @member {number|Long} period
                     * @memberof opentelemetry.proto.profiles.v1development.Profile
                     * @instance
                     */
                    Profile.prototype.period = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    /**
                     * Profile profileId.
                     * @member {Uint8Array} profileId
                     * @memberof opentelemetry.proto.profiles.v1development.Profile
                     * @instance
                     */
                    Profile.prototype.profileId = $util.newBuffer([]);

                    /**
                     * Profile droppedAttributesCount.
                     * @member {number} droppedAttributesCount
                     * @memberof opentelemetry.proto.profiles.v1development.Profile
                     * @instance
                     */
                    Profile.prototype.droppedAttributesCount = 0;

                    /**
                     * Profile originalPayloadFormat.
                     * @member {string} originalPayloadFormat
                     * @memberof opentelemetry.proto.profiles.v1development.Profile
                     * @instance
                     */
                    Profile.prototype.originalPayloadFormat = "";

                    /**
                     * Profile originalPayload.
                     * @member {Uint8Array} originalPayload
                     * @memberof opentelemetry.proto.profiles.v1development.Profile
                     * @instance
                     */
                    Profile.prototype.originalPayload = $util.newBuffer([]);

                    /**
                     * Profile attributeIndices.
                     * @member {Array.<number>} attributeIndices
                     * @memberof opentelemetry.proto.profiles.v1development.Profile
                     * @instance
                     */
                    Profile.prototype.attributeIndices = $util.emptyArray;

                    /**
                     * Creates a new Profile instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.profiles.v1development.Profile
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Profile.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.profiles.v1development.Profile} Profile instance
                     * @type {{
                     *   (properties: opentelemetry.proto.profiles.v1development.Profile.$Shape): opentelemetry.proto.profiles.v1development.Profile & opentelemetry.proto.profiles.v1development.Profile.$Shape;
                     *   (properties?: opentelemetry.proto.profiles.v1development.Profile.$Properties): opentelemetry.proto.profiles.v1development.Profile;
                     * }}
                     */
                    Profile.create = function(properties) {
                        return new Profile(properties);
                    };

                    /**
                     * Encodes the specified Profile message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.Profile.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.profiles.v1development.Profile
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Profile.$Properties} m Profile message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Profile.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.sampleType != null && $Object.hasOwnProperty.call(m, "sampleType"))
                            $root.opentelemetry.proto.profiles.v1development.ValueType.encode(m.sampleType, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (m.samples != null && m.samples.length) {
                            for (var i = 0; i < m.samples.length; ++i)
                                $root.opentelemetry.proto.profiles.v1development.Sample.encode(m.samples[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        }
                        if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano") && (typeof m.timeUnixNano === "object" ? m.timeUnixNano.low || m.timeUnixNano.high : m.timeUnixNano !== 0))
                            w.uint32(/* id 3, wireType 1 =*/25).fixed64(m.timeUnixNano);
                        if (m.durationNano != null && $Object.hasOwnProperty.call(m, "durationNano") && (typeof m.durationNano === "object" ? m.durationNano.low || m.durationNano.high : m.durationNano !== 0))
                            w.uint32(/* id 4, wireType 0 =*/32).uint64(m.durationNano);
                        if (m.periodType != null && $Object.hasOwnProperty.call(m, "periodType"))
                            $root.opentelemetry.proto.profiles.v1development.ValueType.encode(m.periodType, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                        if (m.period != null && $Object.hasOwnProperty.call(m, "period") && (typeof m.period === "object" ? m.period.low || m.period.high : m.period !== 0))
                            w.uint32(/* id 6, wireType 0 =*/48).int64(m.period);
                        if (m.profileId != null && $Object.hasOwnProperty.call(m, "profileId") && m.profileId.length)
                            w.uint32(/* id 7, wireType 2 =*/58).bytes(m.profileId);
                        if (m.droppedAttributesCount != null && $Object.hasOwnProperty.call(m, "droppedAttributesCount") && m.droppedAttributesCount !== 0)
                            w.uint32(/* id 8, wireType 0 =*/64).uint32(m.droppedAttributesCount);
                        if (m.originalPayloadFormat != null && $Object.hasOwnProperty.call(m, "originalPayloadFormat") && m.originalPayloadFormat !== "")
                            w.uint32(/* id 9, wireType 2 =*/74).string(m.originalPayloadFormat);
                        if (m.originalPayload != null && $Object.hasOwnProperty.call(m, "originalPayload") && m.originalPayload.length)
                            w.uint32(/* id 10, wireType 2 =*/82).bytes(m.originalPayload);
                        if (m.attributeIndices != null && m.attributeIndices.length) {
                            w.uint32(/* id 11, wireType 2 =*/90).int32s(m.attributeIndices);
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a Profile message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.profiles.v1development.Profile
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.Profile & opentelemetry.proto.profiles.v1development.Profile.$Shape} Profile
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Profile.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.profiles.v1development.Profile();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    m.sampleType = $root.opentelemetry.proto.profiles.v1development.ValueType.decode(r, r.size(), $undefined, q + 1, m.sampleType);
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.samples && m.samples.length))
                                        m.samples = [];
                                    m.samples.push($root.opentelemetry.proto.profiles.v1development.Sample.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 3: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.timeUnixNano = v;
                                    else
                                        delete m.timeUnixNano;
                                    continue;
                                }
                            case 4: {
                                    if (u !== 0)
                                        break;
                                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                        m.durationNano = v;
                                    else
                                        delete m.durationNano;
                                    continue;
                                }
                            case 5: {
                                    if (u !== 2)
                                        break;
                                    m.periodType = $root.opentelemetry.proto.profiles.v1development.ValueType.decode(r, r.size(), $undefined, q + 1, m.periodType);
                                    continue;
                                }
                            case 6: {
                                    if (u !== 0)
                                        break;
                                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                        m.period = v;
                                    else
                                        delete m.period;
                                    continue;
                                }
                            case 7: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.bytes()).length)
                                        m.profileId = v;
                                    else
                                        delete m.profileId;
                                    continue;
                                }
                            case 8: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.droppedAttributesCount = v;
                                    else
                                        delete m.droppedAttributesCount;
                                    continue;
                                }
                            case 9: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.originalPayloadFormat = v;
                                    else
                                        delete m.originalPayloadFormat;
                                    continue;
                                }
                            case 10: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.bytes()).length)
                                        m.originalPayload = v;
                                    else
                                        delete m.originalPayload;
                                    continue;
                                }
                            case 11: {
                                    if (u === 2) {
                                        if (!(m.attributeIndices && m.attributeIndices.length))
                                            m.attributeIndices = [];
                                        r.int32s(m.attributeIndices);
                                        continue;
                                    }
                                    if (u !== 0)
                                        break;
                                    if (!(m.attributeIndices && m.attributeIndices.length))
                                        m.attributeIndices = [];
                                    m.attributeIndices.push(r.int32());
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a Profile message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.profiles.v1development.Profile
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.profiles.v1development.Profile} Profile
                     */
                    Profile.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.profiles.v1development.Profile)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.profiles.v1development.Profile: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.profiles.v1development.Profile();
                        if (d.sampleType != null) {
                            if (!$util.isObject(d.sampleType))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.Profile.sampleType: object expected");
                            m.sampleType = $root.opentelemetry.proto.profiles.v1development.ValueType.fromObject(d.sampleType, q + 1);
                        }
                        if (d.samples) {
                            if (!$Array.isArray(d.samples))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.Profile.samples: array expected");
                            m.samples = $Array(d.samples.length);
                            for (var i = 0; i < d.samples.length; ++i) {
                                if (!$util.isObject(d.samples[i]))
                                    throw $TypeError(".opentelemetry.proto.profiles.v1development.Profile.samples: object expected");
                                m.samples[i] = $root.opentelemetry.proto.profiles.v1development.Sample.fromObject(d.samples[i], q + 1);
                            }
                        }
                        if (d.timeUnixNano != null) {
                            if (typeof d.timeUnixNano === "object" ? d.timeUnixNano.low || d.timeUnixNano.high : $Number(d.timeUnixNano) !== 0) {
                                if ($util.Long)
                                    m.timeUnixNano = $util.Long.fromValue(d.timeUnixNano, true);
                                else if (typeof d.timeUnixNano === "string")
                                    m.timeUnixNano = $parseInt(d.timeUnixNano, 10);
                                else if (typeof d.timeUnixNano === "number")
                                    m.timeUnixNano = d.timeUnixNano;
                                else if (typeof d.timeUnixNano === "object")
                                    m.timeUnixNano = new $util.LongBits(d.timeUnixNano.low >>> 0, d.timeUnixNano.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.durationNano != null) {
                            if (typeof d.durationNano === "object" ? d.durationNano.low || d.durationNano.high : $Number(d.durationNano) !== 0) {
                                if ($util.Long)
                                    m.durationNano = $util.Long.fromValue(d.durationNano, true);
                                else if (typeof d.durationNano === "string")
                                    m.durationNano = $parseInt(d.durationNano, 10);
                                else if (typeof d.durationNano === "number")
                                    m.durationNano = d.durationNano;
                                else if (typeof d.durationNano === "object")
                                    m.durationNano = new $util.LongBits(d.durationNano.low >>> 0, d.durationNano.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.periodType != null) {
                            if (!$util.isObject(d.periodType))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.Profile.periodType: object expected");
                            m.periodType = $root.opentelemetry.proto.profiles.v1development.ValueType.fromObject(d.periodType, q + 1);
                        }
                        if (d.period != null) {
                            if (typeof d.period === "object" ? d.period.low || d.period.high : $Number(d.period) !== 0) {
                                if ($util.Long)
                                    m.period = $util.Long.fromValue(d.period, false);
                                else if (typeof d.period === "string")
                                    m.period = $parseInt(d.period, 10);
                                else if (typeof d.period === "number")
                                    m.period = d.period;
                                else if (typeof d.period === "object")
                                    m.period = new $util.LongBits(d.period.low >>> 0, d.period.high >>> 0).toNumber();
                            }
                        }
                        if (d.profileId != null) {
                            if (d.profileId.length) {
                                if (typeof d.profileId === "string")
                                    $util.base64.decode(d.profileId, m.profileId = $util.newBuffer($util.base64.length(d.profileId)), 0);
                                else if (d.profileId.length >= 0)
                                    m.profileId = d.profileId;
                            }
                        }
                        if (d.droppedAttributesCount != null) {
                            if ($Number(d.droppedAttributesCount) !== 0) {
                                m.droppedAttributesCount = d.droppedAttributesCount >>> 0;
                            }
                        }
                        if (d.originalPayloadFormat != null) {
                            if (typeof d.originalPayloadFormat !== "string" || d.originalPayloadFormat.length) {
                                m.originalPayloadFormat = $String(d.originalPayloadFormat);
                            }
                        }
                        if (d.originalPayload != null) {
                            if (d.originalPayload.length) {
                                if (typeof d.originalPayload === "string")
                                    $util.base64.decode(d.originalPayload, m.originalPayload = $util.newBuffer($util.base64.length(d.originalPayload)), 0);
                                else if (d.originalPayload.length >= 0)
                                    m.originalPayload = d.originalPayload;
                            }
                        }
                        if (d.attributeIndices) {
                            if (!$Array.isArray(d.attributeIndices))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.Profile.attributeIndices: array expected");
                            m.attributeIndices = $Array(d.attributeIndices.length);
                            for (var i = 0; i < d.attributeIndices.length; ++i) {
                                m.attributeIndices[i] = d.attributeIndices[i] | 0;
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a Profile message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.profiles.v1development.Profile
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Profile} m Profile
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Profile.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.samples = [];
                            d.attributeIndices = [];
                        }
                        if (o.defaults) {
                            d.sampleType = null;
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.timeUnixNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.timeUnixNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.durationNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.durationNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            d.periodType = null;
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, false);
                                d.period = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.period = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            if (o.bytes === $String)
                                d.profileId = "";
                            else {
                                d.profileId = [];
                                if (o.bytes !== $Array)
                                    d.profileId = $util.newBuffer(d.profileId);
                            }
                            d.droppedAttributesCount = 0;
                            d.originalPayloadFormat = "";
                            if (o.bytes === $String)
                                d.originalPayload = "";
                            else {
                                d.originalPayload = [];
                                if (o.bytes !== $Array)
                                    d.originalPayload = $util.newBuffer(d.originalPayload);
                            }
                        }
                        if (m.sampleType != null && $Object.hasOwnProperty.call(m, "sampleType")) {
                            d.sampleType = $root.opentelemetry.proto.profiles.v1development.ValueType.toObject(m.sampleType, o, q + 1);
                        }
                        if (m.samples && m.samples.length) {
                            d.samples = $Array(m.samples.length);
                            for (var j = 0; j < m.samples.length; ++j) {
                                d.samples[j] = $root.opentelemetry.proto.profiles.v1development.Sample.toObject(m.samples[j], o, q + 1);
                            }
                        }
                        if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.timeUnixNano = typeof m.timeUnixNano === "number" ? $BigInt(m.timeUnixNano) : $util.Long.fromBits(m.timeUnixNano.low >>> 0, m.timeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof m.timeUnixNano === "number")
                                d.timeUnixNano = o.longs === $String ? $String(m.timeUnixNano) : m.timeUnixNano;
                            else
                                d.timeUnixNano = o.longs === $String ? $util.Long.prototype.toString.call(m.timeUnixNano) : o.longs === $Number ? new $util.LongBits(m.timeUnixNano.low >>> 0, m.timeUnixNano.high >>> 0).toNumber(true) : m.timeUnixNano;
                        }
                        if (m.durationNano != null && $Object.hasOwnProperty.call(m, "durationNano")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.durationNano = typeof m.durationNano === "number" ? $BigInt(m.durationNano) : $util.Long.fromBits(m.durationNano.low >>> 0, m.durationNano.high >>> 0, true).toBigInt();
                            else if (typeof m.durationNano === "number")
                                d.durationNano = o.longs === $String ? $String(m.durationNano) : m.durationNano;
                            else
                                d.durationNano = o.longs === $String ? $util.Long.prototype.toString.call(m.durationNano) : o.longs === $Number ? new $util.LongBits(m.durationNano.low >>> 0, m.durationNano.high >>> 0).toNumber(true) : m.durationNano;
                        }
                        if (m.periodType != null && $Object.hasOwnProperty.call(m, "periodType")) {
                            d.periodType = $root.opentelemetry.proto.profiles.v1development.ValueType.toObject(m.periodType, o, q + 1);
                        }
                        if (m.period != null && $Object.hasOwnProperty.call(m, "period")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.period = typeof m.period === "number" ? $BigInt(m.period) : $util.Long.fromBits(m.period.low >>> 0, m.period.high >>> 0, false).toBigInt();
                            else if (typeof m.period === "number")
                                d.period = o.longs === $String ? $String(m.period) : m.period;
                            else
                                d.period = o.longs === $String ? $util.Long.prototype.toString.call(m.period) : o.longs === $Number ? new $util.LongBits(m.period.low >>> 0, m.period.high >>> 0).toNumber() : m.period;
                        }
                        if (m.profileId != null && $Object.hasOwnProperty.call(m, "profileId")) {
                            d.profileId = o.bytes === $String ? $util.base64.encode(m.profileId, 0, m.profileId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.profileId) : m.profileId;
                        }
                        if (m.droppedAttributesCount != null && $Object.hasOwnProperty.call(m, "droppedAttributesCount")) {
                            d.droppedAttributesCount = m.droppedAttributesCount;
                        }
                        if (m.originalPayloadFormat != null && $Object.hasOwnProperty.call(m, "originalPayloadFormat")) {
                            d.originalPayloadFormat = m.originalPayloadFormat;
                        }
                        if (m.originalPayload != null && $Object.hasOwnProperty.call(m, "originalPayload")) {
                            d.originalPayload = o.bytes === $String ? $util.base64.encode(m.originalPayload, 0, m.originalPayload.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.originalPayload) : m.originalPayload;
                        }
                        if (m.attributeIndices && m.attributeIndices.length) {
                            d.attributeIndices = $Array(m.attributeIndices.length);
                            for (var j = 0; j < m.attributeIndices.length; ++j) {
                                d.attributeIndices[j] = m.attributeIndices[j];
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this Profile to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.profiles.v1development.Profile
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Profile.prototype.toJSON = function() {
                        return Profile.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Profile
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.profiles.v1development.Profile
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Profile.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.profiles.v1development.Profile";
                    };

                    return Profile;
                })();

                v1development.Link = (function() {

                    /**
                     * Properties of a Link.
                     * @typedef {Object} opentelemetry.proto.profiles.v1development.Link.$Properties
                     * @property {Uint8Array|null} [traceId] Link traceId
                     * @property {Uint8Array|null} [spanId] Link spanId
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Link.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @interface ILink
                     * @augments opentelemetry.proto.profiles.v1development.Link.$Properties
                     * @deprecated Use opentelemetry.proto.profiles.v1development.Link.$Properties instead.
                     */

                    /**
                     * Shape of a Link.
                     * @typedef {opentelemetry.proto.profiles.v1development.Link.$Properties} opentelemetry.proto.profiles.v1development.Link.$Shape
                     */

                    /**
                     * Constructs a new Link.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @classdesc Represents a Link.
                     * @constructor
                     * @param {opentelemetry.proto.profiles.v1development.Link.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Link = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Link traceId.
                     * @member {Uint8Array} traceId
                     * @memberof opentelemetry.proto.profiles.v1development.Link
                     * @instance
                     */
                    Link.prototype.traceId = $util.newBuffer([]);

                    /**
                     * Link spanId.
                     * @member {Uint8Array} spanId
                     * @memberof opentelemetry.proto.profiles.v1development.Link
                     * @instance
                     */
                    Link.prototype.spanId = $util.newBuffer([]);

                    /**
                     * Creates a new Link instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.profiles.v1development.Link
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Link.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.profiles.v1development.Link} Link instance
                     * @type {{
                     *   (properties: opentelemetry.proto.profiles.v1development.Link.$Shape): opentelemetry.proto.profiles.v1development.Link & opentelemetry.proto.profiles.v1development.Link.$Shape;
                     *   (properties?: opentelemetry.proto.profiles.v1development.Link.$Properties): opentelemetry.proto.profiles.v1development.Link;
                     * }}
                     */
                    Link.create = function(properties) {
                        return new Link(properties);
                    };

                    /**
                     * Encodes the specified Link message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.Link.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.profiles.v1development.Link
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Link.$Properties} m Link message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Link.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.traceId != null && $Object.hasOwnProperty.call(m, "traceId") && m.traceId.length)
                            w.uint32(/* id 1, wireType 2 =*/10).bytes(m.traceId);
                        if (m.spanId != null && $Object.hasOwnProperty.call(m, "spanId") && m.spanId.length)
                            w.uint32(/* id 2, wireType 2 =*/18).bytes(m.spanId);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a Link message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.profiles.v1development.Link
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.Link & opentelemetry.proto.profiles.v1development.Link.$Shape} Link
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Link.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.profiles.v1development.Link();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.bytes()).length)
                                        m.traceId = v;
                                    else
                                        delete m.traceId;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.bytes()).length)
                                        m.spanId = v;
                                    else
                                        delete m.spanId;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a Link message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.profiles.v1development.Link
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.profiles.v1development.Link} Link
                     */
                    Link.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.profiles.v1development.Link)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.profiles.v1development.Link: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.profiles.v1development.Link();
                        if (d.traceId != null) {
                            if (d.traceId.length) {
                                if (typeof d.traceId === "string")
                                    $util.base64.decode(d.traceId, m.traceId = $util.newBuffer($util.base64.length(d.traceId)), 0);
                                else if (d.traceId.length >= 0)
                                    m.traceId = d.traceId;
                            }
                        }
                        if (d.spanId != null) {
                            if (d.spanId.length) {
                                if (typeof d.spanId === "string")
                                    $util.base64.decode(d.spanId, m.spanId = $util.newBuffer($util.base64.length(d.spanId)), 0);
                                else if (d.spanId.length >= 0)
                                    m.spanId = d.spanId;
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a Link message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.profiles.v1development.Link
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Link} m Link
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Link.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.defaults) {
                            if (o.bytes === $String)
                                d.traceId = "";
                            else {
                                d.traceId = [];
                                if (o.bytes !== $Array)
                                    d.traceId = $util.newBuffer(d.traceId);
                            }
                            if (o.bytes === $String)
                                d.spanId = "";
                            else {
                                d.spanId = [];
                                if (o.bytes !== $Array)
                                    d.spanId = $util.newBuffer(d.spanId);
                            }
                        }
                        if (m.traceId != null && $Object.hasOwnProperty.call(m, "traceId")) {
                            d.traceId = o.bytes === $String ? $util.base64.encode(m.traceId, 0, m.traceId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.traceId) : m.traceId;
                        }
                        if (m.spanId != null && $Object.hasOwnProperty.call(m, "spanId")) {
                            d.spanId = o.bytes === $String ? $util.base64.encode(m.spanId, 0, m.spanId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.spanId) : m.spanId;
                        }
                        return d;
                    };

                    /**
                     * Converts this Link to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.profiles.v1development.Link
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Link.prototype.toJSON = function() {
                        return Link.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Link
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.profiles.v1development.Link
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Link.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.profiles.v1development.Link";
                    };

                    return Link;
                })();

                v1development.ValueType = (function() {

                    /**
                     * Properties of a ValueType.
                     * @typedef {Object} opentelemetry.proto.profiles.v1development.ValueType.$Properties
                     * @property {number|null} [typeStrindex] ValueType typeStrindex
                     * @property {number|null} [unitStrindex] ValueType unitStrindex
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ValueType.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @interface IValueType
                     * @augments opentelemetry.proto.profiles.v1development.ValueType.$Properties
                     * @deprecated Use opentelemetry.proto.profiles.v1development.ValueType.$Properties instead.
                     */

                    /**
                     * Shape of a ValueType.
                     * @typedef {opentelemetry.proto.profiles.v1development.ValueType.$Properties} opentelemetry.proto.profiles.v1development.ValueType.$Shape
                     */

                    /**
                     * Constructs a new ValueType.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @classdesc Represents a ValueType.
                     * @constructor
                     * @param {opentelemetry.proto.profiles.v1development.ValueType.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ValueType = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ValueType typeStrindex.
                     * @member {number} typeStrindex
                     * @memberof opentelemetry.proto.profiles.v1development.ValueType
                     * @instance
                     */
                    ValueType.prototype.typeStrindex = 0;

                    /**
                     * ValueType unitStrindex.
                     * @member {number} unitStrindex
                     * @memberof opentelemetry.proto.profiles.v1development.ValueType
                     * @instance
                     */
                    ValueType.prototype.unitStrindex = 0;

                    /**
                     * Creates a new ValueType instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.profiles.v1development.ValueType
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.ValueType.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.profiles.v1development.ValueType} ValueType instance
                     * @type {{
                     *   (properties: opentelemetry.proto.profiles.v1development.ValueType.$Shape): opentelemetry.proto.profiles.v1development.ValueType & opentelemetry.proto.profiles.v1development.ValueType.$Shape;
                     *   (properties?: opentelemetry.proto.profiles.v1development.ValueType.$Properties): opentelemetry.proto.profiles.v1development.ValueType;
                     * }}
                     */
                    ValueType.create = function(properties) {
                        return new ValueType(properties);
                    };

                    /**
                     * Encodes the specified ValueType message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.ValueType.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.profiles.v1development.ValueType
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.ValueType.$Properties} m ValueType message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ValueType.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.typeStrindex != null && $Object.hasOwnProperty.call(m, "typeStrindex") && m.typeStrindex !== 0)
                            w.uint32(/* id 1, wireType 0 =*/8).int32(m.typeStrindex);
                        if (m.unitStrindex != null && $Object.hasOwnProperty.call(m, "unitStrindex") && m.unitStrindex !== 0)
                            w.uint32(/* id 2, wireType 0 =*/16).int32(m.unitStrindex);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a ValueType message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.profiles.v1development.ValueType
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.ValueType & opentelemetry.proto.profiles.v1development.ValueType.$Shape} ValueType
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ValueType.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.profiles.v1development.ValueType();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.typeStrindex = v;
                                    else
                                        delete m.typeStrindex;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.unitStrindex = v;
                                    else
                                        delete m.unitStrindex;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a ValueType message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.profiles.v1development.ValueType
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.profiles.v1development.ValueType} ValueType
                     */
                    ValueType.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.profiles.v1development.ValueType)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.profiles.v1development.ValueType: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.profiles.v1development.ValueType();
                        if (d.typeStrindex != null) {
                            if ($Number(d.typeStrindex) !== 0) {
                                m.typeStrindex = d.typeStrindex | 0;
                            }
                        }
                        if (d.unitStrindex != null) {
                            if ($Number(d.unitStrindex) !== 0) {
                                m.unitStrindex = d.unitStrindex | 0;
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a ValueType message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.profiles.v1development.ValueType
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.ValueType} m ValueType
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ValueType.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.defaults) {
                            d.typeStrindex = 0;
                            d.unitStrindex = 0;
                        }
                        if (m.typeStrindex != null && $Object.hasOwnProperty.call(m, "typeStrindex")) {
                            d.typeStrindex = m.typeStrindex;
                        }
                        if (m.unitStrindex != null && $Object.hasOwnProperty.call(m, "unitStrindex")) {
                            d.unitStrindex = m.unitStrindex;
                        }
                        return d;
                    };

                    /**
                     * Converts this ValueType to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.profiles.v1development.ValueType
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ValueType.prototype.toJSON = function() {
                        return ValueType.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ValueType
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.profiles.v1development.ValueType
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ValueType.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.profiles.v1development.ValueType";
                    };

                    return ValueType;
                })();

                v1development.Sample = (function() {

                    /**
                     * Properties of a Sample.
                     * @typedef {Object} opentelemetry.proto.profiles.v1development.Sample.$Properties
                     * @property {number|null} [stackIndex] Sample stackIndex
                     * @property {Array.<number>|null} [attributeIndices] Sample attributeIndices
                     * @property {number|null} [linkIndex] Sample linkIndex
                     * @property {Array.<number|Long>|null} [values] Sample values
                     * @property {Array.<number|Long>|null} [timestampsUnixNano] Sample timestampsUnixNano
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Sample.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @interface ISample
                     * @augments opentelemetry.proto.profiles.v1development.Sample.$Properties
                     * @deprecated Use opentelemetry.proto.profiles.v1development.Sample.$Properties instead.
                     */

                    /**
                     * Shape of a Sample.
                     * @typedef {opentelemetry.proto.profiles.v1development.Sample.$Properties} opentelemetry.proto.profiles.v1development.Sample.$Shape
                     */

                    /**
                     * Constructs a new Sample.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @classdesc Represents a Sample.
                     * @constructor
                     * @param {opentelemetry.proto.profiles.v1development.Sample.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Sample = function (p) {
                        this.attributeIndices = [];
                        this.values = [];
                        this.timestampsUnixNano = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Sample stackIndex.
                     * @member {number} stackIndex
                     * @memberof opentelemetry.proto.profiles.v1development.Sample
                     * @instance
                     */
                    Sample.prototype.stackIndex = 0;

                    /**
                     * Sample attributeIndices.
                     * @member {Array.<number>} attributeIndices
                     * @memberof opentelemetry.proto.profiles.v1development.Sample
                     * @instance
                     */
                    Sample.prototype.attributeIndices = $util.emptyArray;

                    /**
                     * Sample linkIndex.
                     * @member {number} linkIndex
                     * @memberof opentelemetry.proto.profiles.v1development.Sample
                     * @instance
                     */
                    Sample.prototype.linkIndex = 0;

                    /**
                     * Sample values.
                     * @member {Array.<number|Long>} values
                     * @memberof opentelemetry.proto.profiles.v1development.Sample
                     * @instance
                     */
                    Sample.prototype.values = $util.emptyArray;

                    /**
                     * Sample timestampsUnixNano.
                     * @member {Array.<number|Long>} timestampsUnixNano
                     * @memberof opentelemetry.proto.profiles.v1development.Sample
                     * @instance
                     */
                    Sample.prototype.timestampsUnixNano = $util.emptyArray;

                    /**
                     * Creates a new Sample instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.profiles.v1development.Sample
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Sample.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.profiles.v1development.Sample} Sample instance
                     * @type {{
                     *   (properties: opentelemetry.proto.profiles.v1development.Sample.$Shape): opentelemetry.proto.profiles.v1development.Sample & opentelemetry.proto.profiles.v1development.Sample.$Shape;
                     *   (properties?: opentelemetry.proto.profiles.v1development.Sample.$Properties): opentelemetry.proto.profiles.v1development.Sample;
                     * }}
                     */
                    Sample.create = function(properties) {
                        return new Sample(properties);
                    };

                    /**
                     * Encodes the specified Sample message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.Sample.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.profiles.v1development.Sample
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Sample.$Properties} m Sample message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Sample.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.stackIndex != null && $Object.hasOwnProperty.call(m, "stackIndex") && m.stackIndex !== 0)
                            w.uint32(/* id 1, wireType 0 =*/8).int32(m.stackIndex);
                        if (m.attributeIndices != null && m.attributeIndices.length) {
                            w.uint32(/* id 2, wireType 2 =*/18).int32s(m.attributeIndices);
                        }
                        if (m.linkIndex != null && $Object.hasOwnProperty.call(m, "linkIndex") && m.linkIndex !== 0)
                            w.uint32(/* id 3, wireType 0 =*/24).int32(m.linkIndex);
                        if (m.values != null && m.values.length) {
                            w.uint32(/* id 4, wireType 2 =*/34).int64s(m.values);
                        }
                        if (m.timestampsUnixNano != null && m.timestampsUnixNano.length) {
                            w.uint32(/* id 5, wireType 2 =*/42).fixed64s(m.timestampsUnixNano);
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a Sample message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.profiles.v1development.Sample
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.Sample & opentelemetry.proto.profiles.v1development.Sample.$Shape} Sample
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Sample.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.profiles.v1development.Sample();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.stackIndex = v;
                                    else
                                        delete m.stackIndex;
                                    continue;
                                }
                            case 2: {
                                    if (u === 2) {
                                        if (!(m.attributeIndices && m.attributeIndices.length))
                                            m.attributeIndices = [];
                                        r.int32s(m.attributeIndices);
                                        continue;
                                    }
                                    if (u !== 0)
                                        break;
                                    if (!(m.attributeIndices && m.attributeIndices.length))
                                        m.attributeIndices = [];
                                    m.attributeIndices.push(r.int32());
                                    continue;
                                }
                            case 3: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.linkIndex = v;
                                    else
                                        delete m.linkIndex;
                                    continue;
                                }
                            case 4: {
                                    if (u === 2) {
                                        if (!(m.values && m.values.length))
                                            m.values = [];
                                        r.int64s(m.values);
                                        continue;
                                    }
                                    if (u !== 0)
                                        break;
                                    if (!(m.values && m.values.length))
                                        m.values = [];
                                    m.values.push(r.int64());
                                    continue;
                                }
                            case 5: {
                                    if (u === 2) {
                                        if (!(m.timestampsUnixNano && m.timestampsUnixNano.length))
                                            m.timestampsUnixNano = [];
                                        r.fixed64s(m.timestampsUnixNano);
                                        continue;
                                    }
                                    if (u !== 1)
                                        break;
                                    if (!(m.timestampsUnixNano && m.timestampsUnixNano.length))
                                        m.timestampsUnixNano = [];
                                    m.timestampsUnixNano.push(r.fixed64());
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a Sample message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.profiles.v1development.Sample
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.profiles.v1development.Sample} Sample
                     */
                    Sample.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.profiles.v1development.Sample)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.profiles.v1development.Sample: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.profiles.v1development.Sample();
                        if (d.stackIndex != null) {
                            if ($Number(d.stackIndex) !== 0) {
                                m.stackIndex = d.stackIndex | 0;
                            }
                        }
                        if (d.attributeIndices) {
                            if (!$Array.isArray(d.attributeIndices))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.Sample.attributeIndices: array expected");
                            m.attributeIndices = $Array(d.attributeIndices.length);
                            for (var i = 0; i < d.attributeIndices.length; ++i) {
                                m.attributeIndices[i] = d.attributeIndices[i] | 0;
                            }
                        }
                        if (d.linkIndex != null) {
                            if ($Number(d.linkIndex) !== 0) {
                                m.linkIndex = d.linkIndex | 0;
                            }
                        }
                        if (d.values) {
                            if (!$Array.isArray(d.values))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.Sample.values: array expected");
                            m.values = $Array(d.values.length);
                            for (var i = 0; i < d.values.length; ++i) {
                                if ($util.Long)
                                    m.values[i] = $util.Long.fromValue(d.values[i], false);
                                else if (typeof d.values[i] === "string")
                                    m.values[i] = $parseInt(d.values[i], 10);
                                else if (typeof d.values[i] === "number")
                                    m.values[i] = d.values[i];
                                else if (typeof d.values[i] === "object")
                                    m.values[i] = new $util.LongBits(d.values[i].low >>> 0, d.values[i].high >>> 0).toNumber();
                            }
                        }
                        if (d.timestampsUnixNano) {
                            if (!$Array.isArray(d.timestampsUnixNano))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.Sample.timestampsUnixNano: array expected");
                            m.timestampsUnixNano = $Array(d.timestampsUnixNano.length);
                            for (var i = 0; i < d.timestampsUnixNano.length; ++i) {
                                if ($util.Long)
                                    m.timestampsUnixNano[i] = $util.Long.fromValue(d.timestampsUnixNano[i], true);
                                else if (typeof d.timestampsUnixNano[i] === "string")
                                    m.timestampsUnixNano[i] = $parseInt(d.timestampsUnixNano[i], 10);
                                else if (typeof d.timestampsUnixNano[i] === "number")
                                    m.timestampsUnixNano[i] = d.timestampsUnixNano[i];
                                else if (typeof d.timestampsUnixNano[i] === "object")
                                    m.timestampsUnixNano[i] = new $util.LongBits(d.timestampsUnixNano[i].low >>> 0, d.timestampsUnixNano[i].high >>> 0).toNumber(true);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a Sample message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.profiles.v1development.Sample
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Sample} m Sample
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Sample.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.attributeIndices = [];
                            d.values = [];
                            d.timestampsUnixNano = [];
                        }
                        if (o.defaults) {
                            d.stackIndex = 0;
                            d.linkIndex = 0;
                        }
                        if (m.stackIndex != null && $Object.hasOwnProperty.call(m, "stackIndex")) {
                            d.stackIndex = m.stackIndex;
                        }
                        if (m.attributeIndices && m.attributeIndices.length) {
                            d.attributeIndices = $Array(m.attributeIndices.length);
                            for (var j = 0; j < m.attributeIndices.length; ++j) {
                                d.attributeIndices[j] = m.attributeIndices[j];
                            }
                        }
                        if (m.linkIndex != null && $Object.hasOwnProperty.call(m, "linkIndex")) {
                            d.linkIndex = m.linkIndex;
                        }
                        if (m.values && m.values.length) {
                            d.values = $Array(m.values.length);
                            for (var j = 0; j < m.values.length; ++j) {
                                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                    d.values[j] = typeof m.values[j] === "number" ? $BigInt(m.values[j]) : $util.Long.fromBits(m.values[j].low >>> 0, m.values[j].high >>> 0, false).toBigInt();
                                else if (typeof m.values[j] === "number")
                                    d.values[j] = o.longs === $String ? $String(m.values[j]) : m.values[j];
                                else
                                    d.values[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.values[j]) : o.longs === $Number ? new $util.LongBits(m.values[j].low >>> 0, m.values[j].high >>> 0).toNumber() : m.values[j];
                            }
                        }
                        if (m.timestampsUnixNano && m.timestampsUnixNano.length) {
                            d.timestampsUnixNano = $Array(m.timestampsUnixNano.length);
                            for (var j = 0; j < m.timestampsUnixNano.length; ++j) {
                                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                    d.timestampsUnixNano[j] = typeof m.timestampsUnixNano[j] === "number" ? $BigInt(m.timestampsUnixNano[j]) : $util.Long.fromBits(m.timestampsUnixNano[j].low >>> 0, m.timestampsUnixNano[j].high >>> 0, true).toBigInt();
                                else if (typeof m.timestampsUnixNano[j] === "number")
                                    d.timestampsUnixNano[j] = o.longs === $String ? $String(m.timestampsUnixNano[j]) : m.timestampsUnixNano[j];
                                else
                                    d.timestampsUnixNano[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.timestampsUnixNano[j]) : o.longs === $Number ? new $util.LongBits(m.timestampsUnixNano[j].low >>> 0, m.timestampsUnixNano[j].high >>> 0).toNumber(true) : m.timestampsUnixNano[j];
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this Sample to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.profiles.v1development.Sample
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Sample.prototype.toJSON = function() {
                        return Sample.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Sample
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.profiles.v1development.Sample
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Sample.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.profiles.v1development.Sample";
                    };

                    return Sample;
                })();

                v1development.Mapping = (function() {

                    /**
                     * Properties of a Mapping.
                     * @typedef {Object} opentelemetry.proto.profiles.v1development.Mapping.$Properties
                     * @property {number|Long|null} [memoryStart] Mapping memoryStart
                     * @property {number|Long|null} [memoryLimit] Mapping memoryLimit
                     * @property {number|Long|null} [fileOffset] Mapping fileOffset
                     * @property {number|null} [filenameStrindex] Mapping filenameStrindex
                     * @property {Array.<number>|null} [attributeIndices] Mapping attributeIndices
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Mapping.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @interface IMapping
                     * @augments opentelemetry.proto.profiles.v1development.Mapping.$Properties
                     * @deprecated Use opentelemetry.proto.profiles.v1development.Mapping.$Properties instead.
                     */

                    /**
                     * Shape of a Mapping.
                     * @typedef {opentelemetry.proto.profiles.v1development.Mapping.$Properties} opentelemetry.proto.profiles.v1development.Mapping.$Shape
                     */

                    /**
                     * Constructs a new Mapping.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @classdesc Represents a Mapping.
                     * @constructor
                     * @param {opentelemetry.proto.profiles.v1development.Mapping.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Mapping = function (p) {
                        this.attributeIndices = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Mapping memoryStart.
                     * @member {number|Long} memoryStart
                     * @memberof opentelemetry.proto.profiles.v1development.Mapping
                     * @instance
                     */
                    Mapping.prototype.memoryStart = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Mapping memoryLimit.
                     * @member {number|Long} memoryLimit
                     * @memberof opentelemetry.proto.profiles.v1development.Mapping
                     * @instance
                     */
                    Mapping.prototype.memoryLimit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Mapping fileOffset.
                     * @member {number|Long} fileOffset
                     * @memberof opentelemetry.proto.profiles.v1development.Mapping
                     * @instance
                     */
                    Mapping.prototype.fileOffset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Mapping filenameStrindex.
                     * @member {number} filenameStrindex
                     * @memberof opentelemetry.proto.profiles.v1development.Mapping
                     * @instance
                     */
                    Mapping.prototype.filenameStrindex = 0;

                    /**
                     * Mapping attributeIndices.
                     * @member {Array.<number>} attributeIndices
                     * @memberof opentelemetry.proto.profiles.v1development.Mapping
                     * @instance
                     */
                    Mapping.prototype.attributeIndices = $util.emptyArray;

                    /**
                     * Creates a new Mapping instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.profiles.v1development.Mapping
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Mapping.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.profiles.v1development.Mapping} Mapping instance
                     * @type {{
                     *   (properties: opentelemetry.proto.profiles.v1development.Mapping.$Shape): opentelemetry.proto.profiles.v1development.Mapping & opentelemetry.proto.profiles.v1development.Mapping.$Shape;
                     *   (properties?: opentelemetry.proto.profiles.v1development.Mapping.$Properties): opentelemetry.proto.profiles.v1development.Mapping;
                     * }}
                     */
                    Mapping.create = function(properties) {
                        return new Mapping(properties);
                    };

                    /**
                     * Encodes the specified Mapping message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.Mapping.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.profiles.v1development.Mapping
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Mapping.$Properties} m Mapping message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Mapping.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.memoryStart != null && $Object.hasOwnProperty.call(m, "memoryStart") && (typeof m.memoryStart === "object" ? m.memoryStart.low || m.memoryStart.high : m.memoryStart !== 0))
                            w.uint32(/* id 1, wireType 0 =*/8).uint64(m.memoryStart);
                        if (m.memoryLimit != null && $Object.hasOwnProperty.call(m, "memoryLimit") && (typeof m.memoryLimit === "object" ? m.memoryLimit.low || m.memoryLimit.high : m.memoryLimit !== 0))
                            w.uint32(/* id 2, wireType 0 =*/16).uint64(m.memoryLimit);
                        if (m.fileOffset != null && $Object.hasOwnProperty.call(m, "fileOffset") && (typeof m.fileOffset === "object" ? m.fileOffset.low || m.fileOffset.high : m.fileOffset !== 0))
                            w.uint32(/* id 3, wireType 0 =*/24).uint64(m.fileOffset);
                        if (m.filenameStrindex != null && $Object.hasOwnProperty.call(m, "filenameStrindex") && m.filenameStrindex !== 0)
                            w.uint32(/* id 4, wireType 0 =*/32).int32(m.filenameStrindex);
                        if (m.attributeIndices != null && m.attributeIndices.length) {
                            w.uint32(/* id 5, wireType 2 =*/42).int32s(m.attributeIndices);
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a Mapping message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.profiles.v1development.Mapping
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.Mapping & opentelemetry.proto.profiles.v1development.Mapping.$Shape} Mapping
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Mapping.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.profiles.v1development.Mapping();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 0)
                                        break;
                                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                        m.memoryStart = v;
                                    else
                                        delete m.memoryStart;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                        m.memoryLimit = v;
                                    else
                                        delete m.memoryLimit;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 0)
                                        break;
                                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                        m.fileOffset = v;
                                    else
                                        delete m.fileOffset;
                                    continue;
                                }
                            case 4: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.filenameStrindex = v;
                                    else
                                        delete m.filenameStrindex;
                                    continue;
                                }
                            case 5: {
                                    if (u === 2) {
                                        if (!(m.attributeIndices && m.attributeIndices.length))
                                            m.attributeIndices = [];
                                        r.int32s(m.attributeIndices);
                                        continue;
                                    }
                                    if (u !== 0)
                                        break;
                                    if (!(m.attributeIndices && m.attributeIndices.length))
                                        m.attributeIndices = [];
                                    m.attributeIndices.push(r.int32());
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a Mapping message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.profiles.v1development.Mapping
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.profiles.v1development.Mapping} Mapping
                     */
                    Mapping.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.profiles.v1development.Mapping)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.profiles.v1development.Mapping: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.profiles.v1development.Mapping();
                        if (d.memoryStart != null) {
                            if (typeof d.memoryStart === "object" ? d.memoryStart.low || d.memoryStart.high : $Number(d.memoryStart) !== 0) {
                                if ($util.Long)
                                    m.memoryStart = $util.Long.fromValue(d.memoryStart, true);
                                else if (typeof d.memoryStart === "string")
                                    m.memoryStart = $parseInt(d.memoryStart, 10);
                                else if (typeof d.memoryStart === "number")
                                    m.memoryStart = d.memoryStart;
                                else if (typeof d.memoryStart === "object")
                                    m.memoryStart = new $util.LongBits(d.memoryStart.low >>> 0, d.memoryStart.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.memoryLimit != null) {
                            if (typeof d.memoryLimit === "object" ? d.memoryLimit.low || d.memoryLimit.high : $Number(d.memoryLimit) !== 0) {
                                if ($util.Long)
                                    m.memoryLimit = $util.Long.fromValue(d.memoryLimit, true);
                                else if (typeof d.memoryLimit === "string")
                                    m.memoryLimit = $parseInt(d.memoryLimit, 10);
                                else if (typeof d.memoryLimit === "number")
                                    m.memoryLimit = d.memoryLimit;
                                else if (typeof d.memoryLimit === "object")
                                    m.memoryLimit = new $util.LongBits(d.memoryLimit.low >>> 0, d.memoryLimit.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.fileOffset != null) {
                            if (typeof d.fileOffset === "object" ? d.fileOffset.low || d.fileOffset.high : $Number(d.fileOffset) !== 0) {
                                if ($util.Long)
                                    m.fileOffset = $util.Long.fromValue(d.fileOffset, true);
                                else if (typeof d.fileOffset === "string")
                                    m.fileOffset = $parseInt(d.fileOffset, 10);
                                else if (typeof d.fileOffset === "number")
                                    m.fileOffset = d.fileOffset;
                                else if (typeof d.fileOffset === "object")
                                    m.fileOffset = new $util.LongBits(d.fileOffset.low >>> 0, d.fileOffset.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.filenameStrindex != null) {
                            if ($Number(d.filenameStrindex) !== 0) {
                                m.filenameStrindex = d.filenameStrindex | 0;
                            }
                        }
                        if (d.attributeIndices) {
                            if (!$Array.isArray(d.attributeIndices))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.Mapping.attributeIndices: array expected");
                            m.attributeIndices = $Array(d.attributeIndices.length);
                            for (var i = 0; i < d.attributeIndices.length; ++i) {
                                m.attributeIndices[i] = d.attributeIndices[i] | 0;
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a Mapping message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.profiles.v1development.Mapping
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Mapping} m Mapping
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Mapping.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.attributeIndices = [];
                        }
                        if (o.defaults) {
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.memoryStart = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.memoryStart = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.memoryLimit = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.memoryLimit = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.fileOffset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.fileOffset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            d.filenameStrindex = 0;
                        }
                        if (m.memoryStart != null && $Object.hasOwnProperty.call(m, "memoryStart")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.memoryStart = typeof m.memoryStart === "number" ? $BigInt(m.memoryStart) : $util.Long.fromBits(m.memoryStart.low >>> 0, m.memoryStart.high >>> 0, true).toBigInt();
                            else if (typeof m.memoryStart === "number")
                                d.memoryStart = o.longs === $String ? $String(m.memoryStart) : m.memoryStart;
                            else
                                d.memoryStart = o.longs === $String ? $util.Long.prototype.toString.call(m.memoryStart) : o.longs === $Number ? new $util.LongBits(m.memoryStart.low >>> 0, m.memoryStart.high >>> 0).toNumber(true) : m.memoryStart;
                        }
                        if (m.memoryLimit != null && $Object.hasOwnProperty.call(m, "memoryLimit")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.memoryLimit = typeof m.memoryLimit === "number" ? $BigInt(m.memoryLimit) : $util.Long.fromBits(m.memoryLimit.low >>> 0, m.memoryLimit.high >>> 0, true).toBigInt();
                            else if (typeof m.memoryLimit === "number")
                                d.memoryLimit = o.longs === $String ? $String(m.memoryLimit) : m.memoryLimit;
                            else
                                d.memoryLimit = o.longs === $String ? $util.Long.prototype.toString.call(m.memoryLimit) : o.longs === $Number ? new $util.LongBits(m.memoryLimit.low >>> 0, m.memoryLimit.high >>> 0).toNumber(true) : m.memoryLimit;
                        }
                        if (m.fileOffset != null && $Object.hasOwnProperty.call(m, "fileOffset")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.fileOffset = typeof m.fileOffset === "number" ? $BigInt(m.fileOffset) : $util.Long.fromBits(m.fileOffset.low >>> 0, m.fileOffset.high >>> 0, true).toBigInt();
                            else if (typeof m.fileOffset === "number")
                                d.fileOffset = o.longs === $String ? $String(m.fileOffset) : m.fileOffset;
                            else
                                d.fileOffset = o.longs === $String ? $util.Long.prototype.toString.call(m.fileOffset) : o.longs === $Number ? new $util.LongBits(m.fileOffset.low >>> 0, m.fileOffset.high >>> 0).toNumber(true) : m.fileOffset;
                        }
                        if (m.filenameStrindex != null && $Object.hasOwnProperty.call(m, "filenameStrindex")) {
                            d.filenameStrindex = m.filenameStrindex;
                        }
                        if (m.attributeIndices && m.attributeIndices.length) {
                            d.attributeIndices = $Array(m.attributeIndices.length);
                            for (var j = 0; j < m.attributeIndices.length; ++j) {
                                d.attributeIndices[j] = m.attributeIndices[j];
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this Mapping to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.profiles.v1development.Mapping
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Mapping.prototype.toJSON = function() {
                        return Mapping.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Mapping
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.profiles.v1development.Mapping
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Mapping.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.profiles.v1development.Mapping";
                    };

                    return Mapping;
                })();

                v1development.Stack = (function() {

                    /**
                     * Properties of a Stack.
                     * @typedef {Object} opentelemetry.proto.profiles.v1development.Stack.$Properties
                     * @property {Array.<number>|null} [locationIndices] Stack locationIndices
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Stack.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @interface IStack
                     * @augments opentelemetry.proto.profiles.v1development.Stack.$Properties
                     * @deprecated Use opentelemetry.proto.profiles.v1development.Stack.$Properties instead.
                     */

                    /**
                     * Shape of a Stack.
                     * @typedef {opentelemetry.proto.profiles.v1development.Stack.$Properties} opentelemetry.proto.profiles.v1development.Stack.$Shape
                     */

                    /**
                     * Constructs a new Stack.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @classdesc Represents a Stack.
                     * @constructor
                     * @param {opentelemetry.proto.profiles.v1development.Stack.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Stack = function (p) {
                        this.locationIndices = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Stack locationIndices.
                     * @member {Array.<number>} locationIndices
                     * @memberof opentelemetry.proto.profiles.v1development.Stack
                     * @instance
                     */
                    Stack.prototype.locationIndices = $util.emptyArray;

                    /**
                     * Creates a new Stack instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.profiles.v1development.Stack
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Stack.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.profiles.v1development.Stack} Stack instance
                     * @type {{
                     *   (properties: opentelemetry.proto.profiles.v1development.Stack.$Shape): opentelemetry.proto.profiles.v1development.Stack & opentelemetry.proto.profiles.v1development.Stack.$Shape;
                     *   (properties?: opentelemetry.proto.profiles.v1development.Stack.$Properties): opentelemetry.proto.profiles.v1development.Stack;
                     * }}
                     */
                    Stack.create = function(properties) {
                        return new Stack(properties);
                    };

                    /**
                     * Encodes the specified Stack message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.Stack.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.profiles.v1development.Stack
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Stack.$Properties} m Stack message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Stack.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.locationIndices != null && m.locationIndices.length) {
                            w.uint32(/* id 1, wireType 2 =*/10).int32s(m.locationIndices);
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a Stack message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.profiles.v1development.Stack
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.Stack & opentelemetry.proto.profiles.v1development.Stack.$Shape} Stack
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Stack.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.profiles.v1development.Stack();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u === 2) {
                                        if (!(m.locationIndices && m.locationIndices.length))
                                            m.locationIndices = [];
                                        r.int32s(m.locationIndices);
                                        continue;
                                    }
                                    if (u !== 0)
                                        break;
                                    if (!(m.locationIndices && m.locationIndices.length))
                                        m.locationIndices = [];
                                    m.locationIndices.push(r.int32());
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a Stack message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.profiles.v1development.Stack
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.profiles.v1development.Stack} Stack
                     */
                    Stack.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.profiles.v1development.Stack)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.profiles.v1development.Stack: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.profiles.v1development.Stack();
                        if (d.locationIndices) {
                            if (!$Array.isArray(d.locationIndices))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.Stack.locationIndices: array expected");
                            m.locationIndices = $Array(d.locationIndices.length);
                            for (var i = 0; i < d.locationIndices.length; ++i) {
                                m.locationIndices[i] = d.locationIndices[i] | 0;
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a Stack message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.profiles.v1development.Stack
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Stack} m Stack
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Stack.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.locationIndices = [];
                        }
                        if (m.locationIndices && m.locationIndices.length) {
                            d.locationIndices = $Array(m.locationIndices.length);
                            for (var j = 0; j < m.locationIndices.length; ++j) {
                                d.locationIndices[j] = m.locationIndices[j];
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this Stack to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.profiles.v1development.Stack
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Stack.prototype.toJSON = function() {
                        return Stack.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Stack
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.profiles.v1development.Stack
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Stack.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.profiles.v1development.Stack";
                    };

                    return Stack;
                })();

                v1development.Location = (function() {

                    /**
                     * Properties of a Location.
                     * @typedef {Object} opentelemetry.proto.profiles.v1development.Location.$Properties
                     * @property {number|null} [mappingIndex] Location mappingIndex
                     * @property {number|Long|null} [address] Location address
                     * @property {Array.<opentelemetry.proto.profiles.v1development.Line.$Properties>|null} [lines] Location lines
                     * @property {Array.<number>|null} [attributeIndices] Location attributeIndices
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Location.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @interface ILocation
                     * @augments opentelemetry.proto.profiles.v1development.Location.$Properties
                     * @deprecated Use opentelemetry.proto.profiles.v1development.Location.$Properties instead.
                     */

                    /**
                     * Shape of a Location.
                     * @typedef {opentelemetry.proto.profiles.v1development.Location.$Properties} opentelemetry.proto.profiles.v1development.Location.$Shape
                     */

                    /**
                     * Constructs a new Location.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @classdesc Represents a Location.
                     * @constructor
                     * @param {opentelemetry.proto.profiles.v1development.Location.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Location = function (p) {
                        this.lines = [];
                        this.attributeIndices = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Location mappingIndex.
                     * @member {number} mappingIndex
                     * @memberof opentelemetry.proto.profiles.v1development.Location
                     * @instance
                     */
                    Location.prototype.mappingIndex = 0;

                    /**
                     * Location address.
                     * @member {number|Long} address
                     * @memberof opentelemetry.proto.profiles.v1development.Location
                     * @instance
                     */
                    Location.prototype.address = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Location lines.
                     * @member {Array.<opentelemetry.proto.profiles.v1development.Line.$Properties>} lines
                     * @memberof opentelemetry.proto.profiles.v1development.Location
                     * @instance
                     */
                    Location.prototype.lines = $util.emptyArray;

                    /**
                     * Location attributeIndices.
                     * @member {Array.<number>} attributeIndices
                     * @memberof opentelemetry.proto.profiles.v1development.Location
                     * @instance
                     */
                    Location.prototype.attributeIndices = $util.emptyArray;

                    /**
                     * Creates a new Location instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.profiles.v1development.Location
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Location.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.profiles.v1development.Location} Location instance
                     * @type {{
                     *   (properties: opentelemetry.proto.profiles.v1development.Location.$Shape): opentelemetry.proto.profiles.v1development.Location & opentelemetry.proto.profiles.v1development.Location.$Shape;
                     *   (properties?: opentelemetry.proto.profiles.v1development.Location.$Properties): opentelemetry.proto.profiles.v1development.Location;
                     * }}
                     */
                    Location.create = function(properties) {
                        return new Location(properties);
                    };

                    /**
                     * Encodes the specified Location message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.Location.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.profiles.v1development.Location
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Location.$Properties} m Location message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Location.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.mappingIndex != null && $Object.hasOwnProperty.call(m, "mappingIndex") && m.mappingIndex !== 0)
                            w.uint32(/* id 1, wireType 0 =*/8).int32(m.mappingIndex);
                        if (m.address != null && $Object.hasOwnProperty.call(m, "address") && (typeof m.address === "object" ? m.address.low || m.address.high : m.address !== 0))
                            w.uint32(/* id 2, wireType 0 =*/16).uint64(m.address);
                        if (m.lines != null && m.lines.length) {
                            for (var i = 0; i < m.lines.length; ++i)
                                $root.opentelemetry.proto.profiles.v1development.Line.encode(m.lines[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                        }
                        if (m.attributeIndices != null && m.attributeIndices.length) {
                            w.uint32(/* id 4, wireType 2 =*/34).int32s(m.attributeIndices);
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a Location message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.profiles.v1development.Location
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.Location & opentelemetry.proto.profiles.v1development.Location.$Shape} Location
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Location.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.profiles.v1development.Location();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.mappingIndex = v;
                                    else
                                        delete m.mappingIndex;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                        m.address = v;
                                    else
                                        delete m.address;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.lines && m.lines.length))
                                        m.lines = [];
                                    m.lines.push($root.opentelemetry.proto.profiles.v1development.Line.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 4: {
                                    if (u === 2) {
                                        if (!(m.attributeIndices && m.attributeIndices.length))
                                            m.attributeIndices = [];
                                        r.int32s(m.attributeIndices);
                                        continue;
                                    }
                                    if (u !== 0)
                                        break;
                                    if (!(m.attributeIndices && m.attributeIndices.length))
                                        m.attributeIndices = [];
                                    m.attributeIndices.push(r.int32());
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a Location message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.profiles.v1development.Location
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.profiles.v1development.Location} Location
                     */
                    Location.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.profiles.v1development.Location)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.profiles.v1development.Location: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.profiles.v1development.Location();
                        if (d.mappingIndex != null) {
                            if ($Number(d.mappingIndex) !== 0) {
                                m.mappingIndex = d.mappingIndex | 0;
                            }
                        }
                        if (d.address != null) {
                            if (typeof d.address === "object" ? d.address.low || d.address.high : $Number(d.address) !== 0) {
                                if ($util.Long)
                                    m.address = $util.Long.fromValue(d.address, true);
                                else if (typeof d.address === "string")
                                    m.address = $parseInt(d.address, 10);
                                else if (typeof d.address === "number")
                                    m.address = d.address;
                                else if (typeof d.address === "object")
                                    m.address = new $util.LongBits(d.address.low >>> 0, d.address.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.lines) {
                            if (!$Array.isArray(d.lines))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.Location.lines: array expected");
                            m.lines = $Array(d.lines.length);
                            for (var i = 0; i < d.lines.length; ++i) {
                                if (!$util.isObject(d.lines[i]))
                                    throw $TypeError(".opentelemetry.proto.profiles.v1development.Location.lines: object expected");
                                m.lines[i] = $root.opentelemetry.proto.profiles.v1development.Line.fromObject(d.lines[i], q + 1);
                            }
                        }
                        if (d.attributeIndices) {
                            if (!$Array.isArray(d.attributeIndices))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.Location.attributeIndices: array expected");
                            m.attributeIndices = $Array(d.attributeIndices.length);
                            for (var i = 0; i < d.attributeIndices.length; ++i) {
                                m.attributeIndices[i] = d.attributeIndices[i] | 0;
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a Location message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.profiles.v1development.Location
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Location} m Location
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Location.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.lines = [];
                            d.attributeIndices = [];
                        }
                        if (o.defaults) {
                            d.mappingIndex = 0;
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.address = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.address = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (m.mappingIndex != null && $Object.hasOwnProperty.call(m, "mappingIndex")) {
                            d.mappingIndex = m.mappingIndex;
                        }
                        if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.address = typeof m.address === "number" ? $BigInt(m.address) : $util.Long.fromBits(m.address.low >>> 0, m.address.high >>> 0, true).toBigInt();
                            else if (typeof m.address === "number")
                                d.address = o.longs === $String ? $String(m.address) : m.address;
                            else
                                d.address = o.longs === $String ? $util.Long.prototype.toString.call(m.address) : o.longs === $Number ? new $util.LongBits(m.address.low >>> 0, m.address.high >>> 0).toNumber(true) : m.address;
                        }
                        if (m.lines && m.lines.length) {
                            d.lines = $Array(m.lines.length);
                            for (var j = 0; j < m.lines.length; ++j) {
                                d.lines[j] = $root.opentelemetry.proto.profiles.v1development.Line.toObject(m.lines[j], o, q + 1);
                            }
                        }
                        if (m.attributeIndices && m.attributeIndices.length) {
                            d.attributeIndices = $Array(m.attributeIndices.length);
                            for (var j = 0; j < m.attributeIndices.length; ++j) {
                                d.attributeIndices[j] = m.attributeIndices[j];
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this Location to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.profiles.v1development.Location
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Location.prototype.toJSON = function() {
                        return Location.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Location
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.profiles.v1development.Location
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Location.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.profiles.v1development.Location";
                    };

                    return Location;
                })();

                v1development.Line = (function() {

                    /**
                     * Properties of a Line.
                     * @typedef {Object} opentelemetry.proto.profiles.v1development.Line.$Properties
                     * @property {number|null} [functionIndex] Line functionIndex
                     * @property {number|Long|null} [line] Line line
                     * @property {number|Long|null} [column] Line column
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Line.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @interface ILine
                     * @augments opentelemetry.proto.profiles.v1development.Line.$Properties
                     * @deprecated Use opentelemetry.proto.profiles.v1development.Line.$Properties instead.
                     */

                    /**
                     * Shape of a Line.
                     * @typedef {opentelemetry.proto.profiles.v1development.Line.$Properties} opentelemetry.proto.profiles.v1development.Line.$Shape
                     */

                    /**
                     * Constructs a new Line.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @classdesc Represents a Line.
                     * @constructor
                     * @param {opentelemetry.proto.profiles.v1development.Line.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Line = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Line functionIndex.
                     * @member {number} functionIndex
                     * @memberof opentelemetry.proto.profiles.v1development.Line
                     * @instance
                     */
                    Line.prototype.functionIndex = 0;

                    /**
                     * Line line.
                     * @member {number|Long} line
                     * @memberof opentelemetry.proto.profiles.v1development.Line
                     * @instance
                     */
                    Line.prototype.line = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    /**
                     * Line column.
                     * @member {number|Long} column
                     * @memberof opentelemetry.proto.profiles.v1development.Line
                     * @instance
                     */
                    Line.prototype.column = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    /**
                     * Creates a new Line instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.profiles.v1development.Line
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Line.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.profiles.v1development.Line} Line instance
                     * @type {{
                     *   (properties: opentelemetry.proto.profiles.v1development.Line.$Shape): opentelemetry.proto.profiles.v1development.Line & opentelemetry.proto.profiles.v1development.Line.$Shape;
                     *   (properties?: opentelemetry.proto.profiles.v1development.Line.$Properties): opentelemetry.proto.profiles.v1development.Line;
                     * }}
                     */
                    Line.create = function(properties) {
                        return new Line(properties);
                    };

                    /**
                     * Encodes the specified Line message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.Line.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.profiles.v1development.Line
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Line.$Properties} m Line message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Line.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.functionIndex != null && $Object.hasOwnProperty.call(m, "functionIndex") && m.functionIndex !== 0)
                            w.uint32(/* id 1, wireType 0 =*/8).int32(m.functionIndex);
                        if (m.line != null && $Object.hasOwnProperty.call(m, "line") && (typeof m.line === "object" ? m.line.low || m.line.high : m.line !== 0))
                            w.uint32(/* id 2, wireType 0 =*/16).int64(m.line);
                        if (m.column != null && $Object.hasOwnProperty.call(m, "column") && (typeof m.column === "object" ? m.column.low || m.column.high : m.column !== 0))
                            w.uint32(/* id 3, wireType 0 =*/24).int64(m.column);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a Line message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.profiles.v1development.Line
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.Line & opentelemetry.proto.profiles.v1development.Line.$Shape} Line
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Line.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.profiles.v1development.Line();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.functionIndex = v;
                                    else
                                        delete m.functionIndex;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                        m.line = v;
                                    else
                                        delete m.line;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 0)
                                        break;
                                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                        m.column = v;
                                    else
                                        delete m.column;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a Line message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.profiles.v1development.Line
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.profiles.v1development.Line} Line
                     */
                    Line.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.profiles.v1development.Line)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.profiles.v1development.Line: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.profiles.v1development.Line();
                        if (d.functionIndex != null) {
                            if ($Number(d.functionIndex) !== 0) {
                                m.functionIndex = d.functionIndex | 0;
                            }
                        }
                        if (d.line != null) {
                            if (typeof d.line === "object" ? d.line.low || d.line.high : $Number(d.line) !== 0) {
                                if ($util.Long)
                                    m.line = $util.Long.fromValue(d.line, false);
                                else if (typeof d.line === "string")
                                    m.line = $parseInt(d.line, 10);
                                else if (typeof d.line === "number")
                                    m.line = d.line;
                                else if (typeof d.line === "object")
                                    m.line = new $util.LongBits(d.line.low >>> 0, d.line.high >>> 0).toNumber();
                            }
                        }
                        if (d.column != null) {
                            if (typeof d.column === "object" ? d.column.low || d.column.high : $Number(d.column) !== 0) {
                                if ($util.Long)
                                    m.column = $util.Long.fromValue(d.column, false);
                                else if (typeof d.column === "string")
                                    m.column = $parseInt(d.column, 10);
                                else if (typeof d.column === "number")
                                    m.column = d.column;
                                else if (typeof d.column === "object")
                                    m.column = new $util.LongBits(d.column.low >>> 0, d.column.high >>> 0).toNumber();
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a Line message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.profiles.v1development.Line
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Line} m Line
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Line.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.defaults) {
                            d.functionIndex = 0;
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, false);
                                d.line = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.line = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, false);
                                d.column = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.column = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (m.functionIndex != null && $Object.hasOwnProperty.call(m, "functionIndex")) {
                            d.functionIndex = m.functionIndex;
                        }
                        if (m.line != null && $Object.hasOwnProperty.call(m, "line")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.line = typeof m.line === "number" ? $BigInt(m.line) : $util.Long.fromBits(m.line.low >>> 0, m.line.high >>> 0, false).toBigInt();
                            else if (typeof m.line === "number")
                                d.line = o.longs === $String ? $String(m.line) : m.line;
                            else
                                d.line = o.longs === $String ? $util.Long.prototype.toString.call(m.line) : o.longs === $Number ? new $util.LongBits(m.line.low >>> 0, m.line.high >>> 0).toNumber() : m.line;
                        }
                        if (m.column != null && $Object.hasOwnProperty.call(m, "column")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.column = typeof m.column === "number" ? $BigInt(m.column) : $util.Long.fromBits(m.column.low >>> 0, m.column.high >>> 0, false).toBigInt();
                            else if (typeof m.column === "number")
                                d.column = o.longs === $String ? $String(m.column) : m.column;
                            else
                                d.column = o.longs === $String ? $util.Long.prototype.toString.call(m.column) : o.longs === $Number ? new $util.LongBits(m.column.low >>> 0, m.column.high >>> 0).toNumber() : m.column;
                        }
                        return d;
                    };

                    /**
                     * Converts this Line to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.profiles.v1development.Line
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Line.prototype.toJSON = function() {
                        return Line.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Line
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.profiles.v1development.Line
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Line.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.profiles.v1development.Line";
                    };

                    return Line;
                })();

                v1development.Function = (function() {

                    /**
                     * Properties of a Function.
                     * @typedef {Object} opentelemetry.proto.profiles.v1development.Function.$Properties
                     * @property {number|null} [nameStrindex] Function nameStrindex
                     * @property {number|null} [systemNameStrindex] Function systemNameStrindex
                     * @property {number|null} [filenameStrindex] Function filenameStrindex
                     * @property {number|Long|null} [startLine] Function startLine
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Function.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @interface IFunction
                     * @augments opentelemetry.proto.profiles.v1development.Function.$Properties
                     * @deprecated Use opentelemetry.proto.profiles.v1development.Function.$Properties instead.
                     */

                    /**
                     * Shape of a Function.
                     * @typedef {opentelemetry.proto.profiles.v1development.Function.$Properties} opentelemetry.proto.profiles.v1development.Function.$Shape
                     */

                    /**
                     * Constructs a new Function.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @classdesc Represents a Function.
                     * @constructor
                     * @param {opentelemetry.proto.profiles.v1development.Function.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Function = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Function nameStrindex.
                     * @member {number} nameStrindex
                     * @memberof opentelemetry.proto.profiles.v1development.Function
                     * @instance
                     */
                    Function.prototype.nameStrindex = 0;

                    /**
                     * Function systemNameStrindex.
                     * @member {number} systemNameStrindex
                     * @memberof opentelemetry.proto.profiles.v1development.Function
                     * @instance
                     */
                    Function.prototype.systemNameStrindex = 0;

                    /**
                     * Function filenameStrindex.
                     * @member {number} filenameStrindex
                     * @memberof opentelemetry.proto.profiles.v1development.Function
                     * @instance
                     */
                    Function.prototype.filenameStrindex = 0;

                    /**
                     * Function startLine.
                     * @member {number|Long} startLine
                     * @memberof opentelemetry.proto.profiles.v1development.Function
                     * @instance
                     */
                    Function.prototype.startLine = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    /**
                     * Creates a new Function instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.profiles.v1development.Function
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Function.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.profiles.v1development.Function} Function instance
                     * @type {{
                     *   (properties: opentelemetry.proto.profiles.v1development.Function.$Shape): opentelemetry.proto.profiles.v1development.Function & opentelemetry.proto.profiles.v1development.Function.$Shape;
                     *   (properties?: opentelemetry.proto.profiles.v1development.Function.$Properties): opentelemetry.proto.profiles.v1development.Function;
                     * }}
                     */
                    Function.create = function(properties) {
                        return new Function(properties);
                    };

                    /**
                     * Encodes the specified Function message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.Function.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.profiles.v1development.Function
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Function.$Properties} m Function message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Function.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.nameStrindex != null && $Object.hasOwnProperty.call(m, "nameStrindex") && m.nameStrindex !== 0)
                            w.uint32(/* id 1, wireType 0 =*/8).int32(m.nameStrindex);
                        if (m.systemNameStrindex != null && $Object.hasOwnProperty.call(m, "systemNameStrindex") && m.systemNameStrindex !== 0)
                            w.uint32(/* id 2, wireType 0 =*/16).int32(m.systemNameStrindex);
                        if (m.filenameStrindex != null && $Object.hasOwnProperty.call(m, "filenameStrindex") && m.filenameStrindex !== 0)
                            w.uint32(/* id 3, wireType 0 =*/24).int32(m.filenameStrindex);
                        if (m.startLine != null && $Object.hasOwnProperty.call(m, "startLine") && (typeof m.startLine === "object" ? m.startLine.low || m.startLine.high : m.startLine !== 0))
                            w.uint32(/* id 4, wireType 0 =*/32).int64(m.startLine);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a Function message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.profiles.v1development.Function
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.Function & opentelemetry.proto.profiles.v1development.Function.$Shape} Function
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Function.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.profiles.v1development.Function();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.nameStrindex = v;
                                    else
                                        delete m.nameStrindex;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.systemNameStrindex = v;
                                    else
                                        delete m.systemNameStrindex;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.filenameStrindex = v;
                                    else
                                        delete m.filenameStrindex;
                                    continue;
                                }
                            case 4: {
                                    if (u !== 0)
                                        break;
                                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                        m.startLine = v;
                                    else
                                        delete m.startLine;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a Function message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.profiles.v1development.Function
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.profiles.v1development.Function} Function
                     */
                    Function.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.profiles.v1development.Function)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.profiles.v1development.Function: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.profiles.v1development.Function();
                        if (d.nameStrindex != null) {
                            if ($Number(d.nameStrindex) !== 0) {
                                m.nameStrindex = d.nameStrindex | 0;
                            }
                        }
                        if (d.systemNameStrindex != null) {
                            if ($Number(d.systemNameStrindex) !== 0) {
                                m.systemNameStrindex = d.systemNameStrindex | 0;
                            }
                        }
                        if (d.filenameStrindex != null) {
                            if ($Number(d.filenameStrindex) !== 0) {
                                m.filenameStrindex = d.filenameStrindex | 0;
                            }
                        }
                        if (d.startLine != null) {
                            if (typeof d.startLine === "object" ? d.startLine.low || d.startLine.high : $Number(d.startLine) !== 0) {
                                if ($util.Long)
                                    m.startLine = $util.Long.fromValue(d.startLine, false);
                                else if (typeof d.startLine === "string")
                                    m.startLine = $parseInt(d.startLine, 10);
                                else if (typeof d.startLine === "number")
                                    m.startLine = d.startLine;
                                else if (typeof d.startLine === "object")
                                    m.startLine = new $util.LongBits(d.startLine.low >>> 0, d.startLine.high >>> 0).toNumber();
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a Function message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.profiles.v1development.Function
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.Function} m Function
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Function.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.defaults) {
                            d.nameStrindex = 0;
                            d.systemNameStrindex = 0;
                            d.filenameStrindex = 0;
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, false);
                                d.startLine = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.startLine = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (m.nameStrindex != null && $Object.hasOwnProperty.call(m, "nameStrindex")) {
                            d.nameStrindex = m.nameStrindex;
                        }
                        if (m.systemNameStrindex != null && $Object.hasOwnProperty.call(m, "systemNameStrindex")) {
                            d.systemNameStrindex = m.systemNameStrindex;
                        }
                        if (m.filenameStrindex != null && $Object.hasOwnProperty.call(m, "filenameStrindex")) {
                            d.filenameStrindex = m.filenameStrindex;
                        }
                        if (m.startLine != null && $Object.hasOwnProperty.call(m, "startLine")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.startLine = typeof m.startLine === "number" ? $BigInt(m.startLine) : $util.Long.fromBits(m.startLine.low >>> 0, m.startLine.high >>> 0, false).toBigInt();
                            else if (typeof m.startLine === "number")
                                d.startLine = o.longs === $String ? $String(m.startLine) : m.startLine;
                            else
                                d.startLine = o.longs === $String ? $util.Long.prototype.toString.call(m.startLine) : o.longs === $Number ? new $util.LongBits(m.startLine.low >>> 0, m.startLine.high >>> 0).toNumber() : m.startLine;
                        }
                        return d;
                    };

                    /**
                     * Converts this Function to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.profiles.v1development.Function
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Function.prototype.toJSON = function() {
                        return Function.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Function
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.profiles.v1development.Function
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Function.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.profiles.v1development.Function";
                    };

                    return Function;
                })();

                v1development.KeyValueAndUnit = (function() {

                    /**
                     * Properties of a KeyValueAndUnit.
                     * @typedef {Object} opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Properties
                     * @property {number|null} [keyStrindex] KeyValueAndUnit keyStrindex
                     * @property {opentelemetry.proto.common.v1.AnyValue.$Properties|null} [value] KeyValueAndUnit value
                     * @property {number|null} [unitStrindex] KeyValueAndUnit unitStrindex
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a KeyValueAndUnit.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @interface IKeyValueAndUnit
                     * @augments opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Properties
                     * @deprecated Use opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Properties instead.
                     */

                    /**
                     * Shape of a KeyValueAndUnit.
                     * @typedef {{
                     *   keyStrindex?: number|null;
                     *   value?: opentelemetry.proto.common.v1.AnyValue.$Shape|null;
                     *   unitStrindex?: number|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Shape
                     */

                    /**
                     * Constructs a new KeyValueAndUnit.
                     * @memberof opentelemetry.proto.profiles.v1development
                     * @classdesc Represents a KeyValueAndUnit.
                     * @constructor
                     * @param {opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var KeyValueAndUnit = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * KeyValueAndUnit keyStrindex.
                     * @member {number} keyStrindex
                     * @memberof opentelemetry.proto.profiles.v1development.KeyValueAndUnit
                     * @instance
                     */
                    KeyValueAndUnit.prototype.keyStrindex = 0;

                    /**
                     * KeyValueAndUnit value.
                     * @member {opentelemetry.proto.common.v1.AnyValue.$Properties|null|undefined} value
                     * @memberof opentelemetry.proto.profiles.v1development.KeyValueAndUnit
                     * @instance
                     */
                    KeyValueAndUnit.prototype.value = null;

                    /**
                     * KeyValueAndUnit unitStrindex.
                     * @member {number} unitStrindex
                     * @memberof opentelemetry.proto.profiles.v1development.KeyValueAndUnit
                     * @instance
                     */
                    KeyValueAndUnit.prototype.unitStrindex = 0;

                    /**
                     * Creates a new KeyValueAndUnit instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.profiles.v1development.KeyValueAndUnit
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.profiles.v1development.KeyValueAndUnit} KeyValueAndUnit instance
                     * @type {{
                     *   (properties: opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Shape): opentelemetry.proto.profiles.v1development.KeyValueAndUnit & opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Shape;
                     *   (properties?: opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Properties): opentelemetry.proto.profiles.v1development.KeyValueAndUnit;
                     * }}
                     */
                    KeyValueAndUnit.create = function(properties) {
                        return new KeyValueAndUnit(properties);
                    };

                    /**
                     * Encodes the specified KeyValueAndUnit message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.KeyValueAndUnit.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.profiles.v1development.KeyValueAndUnit
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Properties} m KeyValueAndUnit message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    KeyValueAndUnit.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.keyStrindex != null && $Object.hasOwnProperty.call(m, "keyStrindex") && m.keyStrindex !== 0)
                            w.uint32(/* id 1, wireType 0 =*/8).int32(m.keyStrindex);
                        if (m.value != null && $Object.hasOwnProperty.call(m, "value"))
                            $root.opentelemetry.proto.common.v1.AnyValue.encode(m.value, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        if (m.unitStrindex != null && $Object.hasOwnProperty.call(m, "unitStrindex") && m.unitStrindex !== 0)
                            w.uint32(/* id 3, wireType 0 =*/24).int32(m.unitStrindex);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a KeyValueAndUnit message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.profiles.v1development.KeyValueAndUnit
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.KeyValueAndUnit & opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Shape} KeyValueAndUnit
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    KeyValueAndUnit.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.profiles.v1development.KeyValueAndUnit();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.keyStrindex = v;
                                    else
                                        delete m.keyStrindex;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    m.value = $root.opentelemetry.proto.common.v1.AnyValue.decode(r, r.size(), $undefined, q + 1, m.value);
                                    continue;
                                }
                            case 3: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.unitStrindex = v;
                                    else
                                        delete m.unitStrindex;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a KeyValueAndUnit message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.profiles.v1development.KeyValueAndUnit
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.profiles.v1development.KeyValueAndUnit} KeyValueAndUnit
                     */
                    KeyValueAndUnit.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.profiles.v1development.KeyValueAndUnit)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.profiles.v1development.KeyValueAndUnit: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.profiles.v1development.KeyValueAndUnit();
                        if (d.keyStrindex != null) {
                            if ($Number(d.keyStrindex) !== 0) {
                                m.keyStrindex = d.keyStrindex | 0;
                            }
                        }
                        if (d.value != null) {
                            if (!$util.isObject(d.value))
                                throw $TypeError(".opentelemetry.proto.profiles.v1development.KeyValueAndUnit.value: object expected");
                            m.value = $root.opentelemetry.proto.common.v1.AnyValue.fromObject(d.value, q + 1);
                        }
                        if (d.unitStrindex != null) {
                            if ($Number(d.unitStrindex) !== 0) {
                                m.unitStrindex = d.unitStrindex | 0;
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a KeyValueAndUnit message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.profiles.v1development.KeyValueAndUnit
                     * @static
                     * @param {opentelemetry.proto.profiles.v1development.KeyValueAndUnit} m KeyValueAndUnit
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    KeyValueAndUnit.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.defaults) {
                            d.keyStrindex = 0;
                            d.value = null;
                            d.unitStrindex = 0;
                        }
                        if (m.keyStrindex != null && $Object.hasOwnProperty.call(m, "keyStrindex")) {
                            d.keyStrindex = m.keyStrindex;
                        }
                        if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                            d.value = $root.opentelemetry.proto.common.v1.AnyValue.toObject(m.value, o, q + 1);
                        }
                        if (m.unitStrindex != null && $Object.hasOwnProperty.call(m, "unitStrindex")) {
                            d.unitStrindex = m.unitStrindex;
                        }
                        return d;
                    };

                    /**
                     * Converts this KeyValueAndUnit to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.profiles.v1development.KeyValueAndUnit
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    KeyValueAndUnit.prototype.toJSON = function() {
                        return KeyValueAndUnit.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for KeyValueAndUnit
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.profiles.v1development.KeyValueAndUnit
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    KeyValueAndUnit.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.profiles.v1development.KeyValueAndUnit";
                    };

                    return KeyValueAndUnit;
                })();

                return v1development;
            })();

            return profiles;
        })();

        proto.common = (function() {

            /**
             * Namespace common.
             * @memberof opentelemetry.proto
             * @namespace
             */
            var common = {};

            common.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof opentelemetry.proto.common
                 * @namespace
                 */
                var v1 = {};

                v1.AnyValue = (function() {

                    /**
                     * Properties of an AnyValue.
                     * @typedef {Object} opentelemetry.proto.common.v1.AnyValue.$Properties
                     * @property {string|null} [stringValue] AnyValue stringValue
                     * @property {boolean|null} [boolValue] AnyValue boolValue
                     * @property {number|Long|null} [intValue] AnyValue intValue
                     * @property {number|null} [doubleValue] AnyValue doubleValue
                     * @property {opentelemetry.proto.common.v1.ArrayValue.$Properties|null} [arrayValue] AnyValue arrayValue
                     * @property {opentelemetry.proto.common.v1.KeyValueList.$Properties|null} [kvlistValue] AnyValue kvlistValue
                     * @property {Uint8Array|null} [bytesValue] AnyValue bytesValue
                     * @property {number|null} [stringValueStrindex] AnyValue stringValueStrindex
                     * @property {"stringValue"|"boolValue"|"intValue"|"doubleValue"|"arrayValue"|"kvlistValue"|"bytesValue"|"stringValueStrindex"} [value] AnyValue value
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an AnyValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IAnyValue
                     * @augments opentelemetry.proto.common.v1.AnyValue.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.AnyValue.$Properties instead.
                     */

                    /**
                     * Narrowed shape of an AnyValue.
                     * @typedef {{
                     *   stringValue?: string|null;
                     *   boolValue?: boolean|null;
                     *   intValue?: number|Long|null;
                     *   doubleValue?: number|null;
                     *   arrayValue?: opentelemetry.proto.common.v1.ArrayValue.$Shape|null;
                     *   kvlistValue?: opentelemetry.proto.common.v1.KeyValueList.$Shape|null;
                     *   bytesValue?: Uint8Array|null;
                     *   stringValueStrindex?: number|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * } & (
                     *   ({ value?: undefined; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null; stringValueStrindex?: null }|{ value?: "stringValue"; stringValue: string; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null; stringValueStrindex?: null }|{ value?: "boolValue"; stringValue?: null; boolValue: boolean; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null; stringValueStrindex?: null }|{ value?: "intValue"; stringValue?: null; boolValue?: null; intValue: number|Long; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null; stringValueStrindex?: null }|{ value?: "doubleValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue: number; arrayValue?: null; kvlistValue?: null; bytesValue?: null; stringValueStrindex?: null }|{ value?: "arrayValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue: opentelemetry.proto.common.v1.ArrayValue.$Shape; kvlistValue?: null; bytesValue?: null; stringValueStrindex?: null }|{ value?: "kvlistValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue: opentelemetry.proto.common.v1.KeyValueList.$Shape; bytesValue?: null; stringValueStrindex?: null }|{ value?: "bytesValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue: Uint8Array; stringValueStrindex?: null }|{ value?: "stringValueStrindex"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null; stringValueStrindex: number })
                     * )} opentelemetry.proto.common.v1.AnyValue.$Shape
                     */

                    /**
                     * Constructs a new AnyValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents an AnyValue.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.AnyValue.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var AnyValue = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * AnyValue stringValue.
                     * @member {string|null|undefined} stringValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.stringValue = null;

                    /**
                     * AnyValue boolValue.
                     * @member {boolean|null|undefined} boolValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.boolValue = null;

                    /**
                     * AnyValue intValue.
                     * @member {number|Long|null|undefined} intValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.intValue = null;

                    /**
                     * AnyValue doubleValue.
                     * @member {number|null|undefined} doubleValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.doubleValue = null;

                    /**
                     * AnyValue arrayValue.
                     * @member {opentelemetry.proto.common.v1.ArrayValue.$Properties|null|undefined} arrayValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.arrayValue = null;

                    /**
                     * AnyValue kvlistValue.
                     * @member {opentelemetry.proto.common.v1.KeyValueList.$Properties|null|undefined} kvlistValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.kvlistValue = null;

                    /**
                     * AnyValue bytesValue.
                     * @member {Uint8Array|null|undefined} bytesValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.bytesValue = null;

                    /**
                     * AnyValue stringValueStrindex.
                     * @member {number|null|undefined} stringValueStrindex
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.stringValueStrindex = null;

                    // OneOf field names bound to virtual getters and setters
                    var $oneOfFields;

                    /**
                     * AnyValue value.
                     * @member {"stringValue"|"boolValue"|"intValue"|"doubleValue"|"arrayValue"|"kvlistValue"|"bytesValue"|"stringValueStrindex"|undefined} value
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    $Object.defineProperty(AnyValue.prototype, "value", {
                        get: $util.oneOfGetter($oneOfFields = ["stringValue", "boolValue", "intValue", "doubleValue", "arrayValue", "kvlistValue", "bytesValue", "stringValueStrindex"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new AnyValue instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.AnyValue.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.AnyValue} AnyValue instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.AnyValue.$Shape): opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.AnyValue.$Properties): opentelemetry.proto.common.v1.AnyValue;
                     * }}
                     */
                    AnyValue.create = function(properties) {
                        return new AnyValue(properties);
                    };

                    /**
                     * Encodes the specified AnyValue message. Does not implicitly {@link opentelemetry.proto.common.v1.AnyValue.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.AnyValue.$Properties} m AnyValue message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    AnyValue.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.stringValue != null && $Object.hasOwnProperty.call(m, "stringValue"))
                            w.uint32(/* id 1, wireType 2 =*/10).string(m.stringValue);
                        if (m.boolValue != null && $Object.hasOwnProperty.call(m, "boolValue"))
                            w.uint32(/* id 2, wireType 0 =*/16).bool(m.boolValue);
                        if (m.intValue != null && $Object.hasOwnProperty.call(m, "intValue"))
                            w.uint32(/* id 3, wireType 0 =*/24).int64(m.intValue);
                        if (m.doubleValue != null && $Object.hasOwnProperty.call(m, "doubleValue"))
                            w.uint32(/* id 4, wireType 1 =*/33).double(m.doubleValue);
                        if (m.arrayValue != null && $Object.hasOwnProperty.call(m, "arrayValue"))
                            $root.opentelemetry.proto.common.v1.ArrayValue.encode(m.arrayValue, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                        if (m.kvlistValue != null && $Object.hasOwnProperty.call(m, "kvlistValue"))
                            $root.opentelemetry.proto.common.v1.KeyValueList.encode(m.kvlistValue, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                        if (m.bytesValue != null && $Object.hasOwnProperty.call(m, "bytesValue"))
                            w.uint32(/* id 7, wireType 2 =*/58).bytes(m.bytesValue);
                        if (m.stringValueStrindex != null && $Object.hasOwnProperty.call(m, "stringValueStrindex"))
                            w.uint32(/* id 8, wireType 0 =*/64).int32(m.stringValueStrindex);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes an AnyValue message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape} AnyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    AnyValue.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.AnyValue();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    m.stringValue = r.stringVerify();
                                    m.value = "stringValue";
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    m.boolValue = r.bool();
                                    m.value = "boolValue";
                                    continue;
                                }
                            case 3: {
                                    if (u !== 0)
                                        break;
                                    m.intValue = r.int64();
                                    m.value = "intValue";
                                    continue;
                                }
                            case 4: {
                                    if (u !== 1)
                                        break;
                                    m.doubleValue = r.double();
                                    m.value = "doubleValue";
                                    continue;
                                }
                            case 5: {
                                    if (u !== 2)
                                        break;
                                    m.arrayValue = $root.opentelemetry.proto.common.v1.ArrayValue.decode(r, r.size(), $undefined, q + 1, m.arrayValue);
                                    m.value = "arrayValue";
                                    continue;
                                }
                            case 6: {
                                    if (u !== 2)
                                        break;
                                    m.kvlistValue = $root.opentelemetry.proto.common.v1.KeyValueList.decode(r, r.size(), $undefined, q + 1, m.kvlistValue);
                                    m.value = "kvlistValue";
                                    continue;
                                }
                            case 7: {
                                    if (u !== 2)
                                        break;
                                    m.bytesValue = r.bytes();
                                    m.value = "bytesValue";
                                    continue;
                                }
                            case 8: {
                                    if (u !== 0)
                                        break;
                                    m.stringValueStrindex = r.int32();
                                    m.value = "stringValueStrindex";
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates an AnyValue message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.common.v1.AnyValue} AnyValue
                     */
                    AnyValue.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.common.v1.AnyValue)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.common.v1.AnyValue: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.common.v1.AnyValue();
                        if (d.stringValue != null) {
                            m.stringValue = $String(d.stringValue);
                        }
                        if (d.boolValue != null) {
                            m.boolValue = $Boolean(d.boolValue);
                        }
                        if (d.intValue != null) {
                            if ($util.Long)
                                m.intValue = $util.Long.fromValue(d.intValue, false);
                            else if (typeof d.intValue === "string")
                                m.intValue = $parseInt(d.intValue, 10);
                            else if (typeof d.intValue === "number")
                                m.intValue = d.intValue;
                            else if (typeof d.intValue === "object")
                                m.intValue = new $util.LongBits(d.intValue.low >>> 0, d.intValue.high >>> 0).toNumber();
                        }
                        if (d.doubleValue != null) {
                            m.doubleValue = $Number(d.doubleValue);
                        }
                        if (d.arrayValue != null) {
                            if (!$util.isObject(d.arrayValue))
                                throw $TypeError(".opentelemetry.proto.common.v1.AnyValue.arrayValue: object expected");
                            m.arrayValue = $root.opentelemetry.proto.common.v1.ArrayValue.fromObject(d.arrayValue, q + 1);
                        }
                        if (d.kvlistValue != null) {
                            if (!$util.isObject(d.kvlistValue))
                                throw $TypeError(".opentelemetry.proto.common.v1.AnyValue.kvlistValue: object expected");
                            m.kvlistValue = $root.opentelemetry.proto.common.v1.KeyValueList.fromObject(d.kvlistValue, q + 1);
                        }
                        if (d.bytesValue != null) {
                            if (typeof d.bytesValue === "string")
                                $util.base64.decode(d.bytesValue, m.bytesValue = $util.newBuffer($util.base64.length(d.bytesValue)), 0);
                            else if (d.bytesValue.length >= 0)
                                m.bytesValue = d.bytesValue;
                        }
                        if (d.stringValueStrindex != null) {
                            m.stringValueStrindex = d.stringValueStrindex | 0;
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from an AnyValue message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.AnyValue} m AnyValue
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    AnyValue.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (m.stringValue != null && $Object.hasOwnProperty.call(m, "stringValue")) {
                            d.stringValue = m.stringValue;
                            if (o.oneofs)
                                d.value = "stringValue";
                        }
                        if (m.boolValue != null && $Object.hasOwnProperty.call(m, "boolValue")) {
                            d.boolValue = m.boolValue;
                            if (o.oneofs)
                                d.value = "boolValue";
                        }
                        if (m.intValue != null && $Object.hasOwnProperty.call(m, "intValue")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.intValue = typeof m.intValue === "number" ? $BigInt(m.intValue) : $util.Long.fromBits(m.intValue.low >>> 0, m.intValue.high >>> 0, false).toBigInt();
                            else if (typeof m.intValue === "number")
                                d.intValue = o.longs === $String ? $String(m.intValue) : m.intValue;
                            else
                                d.intValue = o.longs === $String ? $util.Long.prototype.toString.call(m.intValue) : o.longs === $Number ? new $util.LongBits(m.intValue.low >>> 0, m.intValue.high >>> 0).toNumber() : m.intValue;
                            if (o.oneofs)
                                d.value = "intValue";
                        }
                        if (m.doubleValue != null && $Object.hasOwnProperty.call(m, "doubleValue")) {
                            d.doubleValue = o.json && !$isFinite(m.doubleValue) ? $String(m.doubleValue) : m.doubleValue;
                            if (o.oneofs)
                                d.value = "doubleValue";
                        }
                        if (m.arrayValue != null && $Object.hasOwnProperty.call(m, "arrayValue")) {
                            d.arrayValue = $root.opentelemetry.proto.common.v1.ArrayValue.toObject(m.arrayValue, o, q + 1);
                            if (o.oneofs)
                                d.value = "arrayValue";
                        }
                        if (m.kvlistValue != null && $Object.hasOwnProperty.call(m, "kvlistValue")) {
                            d.kvlistValue = $root.opentelemetry.proto.common.v1.KeyValueList.toObject(m.kvlistValue, o, q + 1);
                            if (o.oneofs)
                                d.value = "kvlistValue";
                        }
                        if (m.bytesValue != null && $Object.hasOwnProperty.call(m, "bytesValue")) {
                            d.bytesValue = o.bytes === $String ? $util.base64.encode(m.bytesValue, 0, m.bytesValue.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.bytesValue) : m.bytesValue;
                            if (o.oneofs)
                                d.value = "bytesValue";
                        }
                        if (m.stringValueStrindex != null && $Object.hasOwnProperty.call(m, "stringValueStrindex")) {
                            d.stringValueStrindex = m.stringValueStrindex;
                            if (o.oneofs)
                                d.value = "stringValueStrindex";
                        }
                        return d;
                    };

                    /**
                     * Converts this AnyValue to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    AnyValue.prototype.toJSON = function() {
                        return AnyValue.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for AnyValue
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    AnyValue.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.AnyValue";
                    };

                    return AnyValue;
                })();

                v1.ArrayValue = (function() {

                    /**
                     * Properties of an ArrayValue.
                     * @typedef {Object} opentelemetry.proto.common.v1.ArrayValue.$Properties
                     * @property {Array.<opentelemetry.proto.common.v1.AnyValue.$Properties>|null} [values] ArrayValue values
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an ArrayValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IArrayValue
                     * @augments opentelemetry.proto.common.v1.ArrayValue.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.ArrayValue.$Properties instead.
                     */

                    /**
                     * Shape of an ArrayValue.
                     * @typedef {{
                     *   values?: Array.<opentelemetry.proto.common.v1.AnyValue.$Shape>|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.common.v1.ArrayValue.$Shape
                     */

                    /**
                     * Constructs a new ArrayValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents an ArrayValue.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.ArrayValue.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ArrayValue = function (p) {
                        this.values = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ArrayValue values.
                     * @member {Array.<opentelemetry.proto.common.v1.AnyValue.$Properties>} values
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @instance
                     */
                    ArrayValue.prototype.values = $util.emptyArray;

                    /**
                     * Creates a new ArrayValue instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.ArrayValue.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.ArrayValue} ArrayValue instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.ArrayValue.$Shape): opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.ArrayValue.$Properties): opentelemetry.proto.common.v1.ArrayValue;
                     * }}
                     */
                    ArrayValue.create = function(properties) {
                        return new ArrayValue(properties);
                    };

                    /**
                     * Encodes the specified ArrayValue message. Does not implicitly {@link opentelemetry.proto.common.v1.ArrayValue.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.ArrayValue.$Properties} m ArrayValue message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ArrayValue.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.values != null && m.values.length) {
                            for (var i = 0; i < m.values.length; ++i)
                                $root.opentelemetry.proto.common.v1.AnyValue.encode(m.values[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes an ArrayValue message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape} ArrayValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ArrayValue.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.ArrayValue();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.values && m.values.length))
                                        m.values = [];
                                    m.values.push($root.opentelemetry.proto.common.v1.AnyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates an ArrayValue message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.common.v1.ArrayValue} ArrayValue
                     */
                    ArrayValue.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.common.v1.ArrayValue)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.common.v1.ArrayValue: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.common.v1.ArrayValue();
                        if (d.values) {
                            if (!$Array.isArray(d.values))
                                throw $TypeError(".opentelemetry.proto.common.v1.ArrayValue.values: array expected");
                            m.values = $Array(d.values.length);
                            for (var i = 0; i < d.values.length; ++i) {
                                if (!$util.isObject(d.values[i]))
                                    throw $TypeError(".opentelemetry.proto.common.v1.ArrayValue.values: object expected");
                                m.values[i] = $root.opentelemetry.proto.common.v1.AnyValue.fromObject(d.values[i], q + 1);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from an ArrayValue message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.ArrayValue} m ArrayValue
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ArrayValue.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.values = [];
                        }
                        if (m.values && m.values.length) {
                            d.values = $Array(m.values.length);
                            for (var j = 0; j < m.values.length; ++j) {
                                d.values[j] = $root.opentelemetry.proto.common.v1.AnyValue.toObject(m.values[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this ArrayValue to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ArrayValue.prototype.toJSON = function() {
                        return ArrayValue.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ArrayValue
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ArrayValue.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.ArrayValue";
                    };

                    return ArrayValue;
                })();

                v1.KeyValueList = (function() {

                    /**
                     * Properties of a KeyValueList.
                     * @typedef {Object} opentelemetry.proto.common.v1.KeyValueList.$Properties
                     * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [values] KeyValueList values
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a KeyValueList.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IKeyValueList
                     * @augments opentelemetry.proto.common.v1.KeyValueList.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.KeyValueList.$Properties instead.
                     */

                    /**
                     * Shape of a KeyValueList.
                     * @typedef {{
                     *   values?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.common.v1.KeyValueList.$Shape
                     */

                    /**
                     * Constructs a new KeyValueList.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents a KeyValueList.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.KeyValueList.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var KeyValueList = function (p) {
                        this.values = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * KeyValueList values.
                     * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} values
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @instance
                     */
                    KeyValueList.prototype.values = $util.emptyArray;

                    /**
                     * Creates a new KeyValueList instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValueList.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.KeyValueList} KeyValueList instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.KeyValueList.$Shape): opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.KeyValueList.$Properties): opentelemetry.proto.common.v1.KeyValueList;
                     * }}
                     */
                    KeyValueList.create = function(properties) {
                        return new KeyValueList(properties);
                    };

                    /**
                     * Encodes the specified KeyValueList message. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValueList.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValueList.$Properties} m KeyValueList message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    KeyValueList.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.values != null && m.values.length) {
                            for (var i = 0; i < m.values.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.values[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a KeyValueList message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape} KeyValueList
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    KeyValueList.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.KeyValueList();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.values && m.values.length))
                                        m.values = [];
                                    m.values.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a KeyValueList message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.common.v1.KeyValueList} KeyValueList
                     */
                    KeyValueList.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.common.v1.KeyValueList)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.common.v1.KeyValueList: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.common.v1.KeyValueList();
                        if (d.values) {
                            if (!$Array.isArray(d.values))
                                throw $TypeError(".opentelemetry.proto.common.v1.KeyValueList.values: array expected");
                            m.values = $Array(d.values.length);
                            for (var i = 0; i < d.values.length; ++i) {
                                if (!$util.isObject(d.values[i]))
                                    throw $TypeError(".opentelemetry.proto.common.v1.KeyValueList.values: object expected");
                                m.values[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(d.values[i], q + 1);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a KeyValueList message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValueList} m KeyValueList
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    KeyValueList.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.values = [];
                        }
                        if (m.values && m.values.length) {
                            d.values = $Array(m.values.length);
                            for (var j = 0; j < m.values.length; ++j) {
                                d.values[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(m.values[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this KeyValueList to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    KeyValueList.prototype.toJSON = function() {
                        return KeyValueList.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for KeyValueList
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    KeyValueList.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.KeyValueList";
                    };

                    return KeyValueList;
                })();

                v1.KeyValue = (function() {

                    /**
                     * Properties of a KeyValue.
                     * @typedef {Object} opentelemetry.proto.common.v1.KeyValue.$Properties
                     * @property {string|null} [key] KeyValue key
                     * @property {opentelemetry.proto.common.v1.AnyValue.$Properties|null} [value] KeyValue value
                     * @property {number|null} [keyStrindex] KeyValue keyStrindex
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a KeyValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IKeyValue
                     * @augments opentelemetry.proto.common.v1.KeyValue.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.KeyValue.$Properties instead.
                     */

                    /**
                     * Shape of a KeyValue.
                     * @typedef {{
                     *   key?: string|null;
                     *   value?: opentelemetry.proto.common.v1.AnyValue.$Shape|null;
                     *   keyStrindex?: number|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.common.v1.KeyValue.$Shape
                     */

                    /**
                     * Constructs a new KeyValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents a KeyValue.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.KeyValue.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var KeyValue = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * KeyValue key.
                     * @member {string} key
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @instance
                     */
                    KeyValue.prototype.key = "";

                    /**
                     * KeyValue value.
                     * @member {opentelemetry.proto.common.v1.AnyValue.$Properties|null|undefined} value
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @instance
                     */
                    KeyValue.prototype.value = null;

                    /**
                     * KeyValue keyStrindex.
                     * @member {number} keyStrindex
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @instance
                     */
                    KeyValue.prototype.keyStrindex = 0;

                    /**
                     * Creates a new KeyValue instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValue.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.KeyValue} KeyValue instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.KeyValue.$Shape): opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.KeyValue.$Properties): opentelemetry.proto.common.v1.KeyValue;
                     * }}
                     */
                    KeyValue.create = function(properties) {
                        return new KeyValue(properties);
                    };

                    /**
                     * Encodes the specified KeyValue message. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValue.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValue.$Properties} m KeyValue message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    KeyValue.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                            w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
                        if (m.value != null && $Object.hasOwnProperty.call(m, "value"))
                            $root.opentelemetry.proto.common.v1.AnyValue.encode(m.value, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        if (m.keyStrindex != null && $Object.hasOwnProperty.call(m, "keyStrindex") && m.keyStrindex !== 0)
                            w.uint32(/* id 3, wireType 0 =*/24).int32(m.keyStrindex);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a KeyValue message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape} KeyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    KeyValue.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.KeyValue();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.key = v;
                                    else
                                        delete m.key;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    m.value = $root.opentelemetry.proto.common.v1.AnyValue.decode(r, r.size(), $undefined, q + 1, m.value);
                                    continue;
                                }
                            case 3: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.keyStrindex = v;
                                    else
                                        delete m.keyStrindex;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a KeyValue message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.common.v1.KeyValue} KeyValue
                     */
                    KeyValue.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.common.v1.KeyValue)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.common.v1.KeyValue: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.common.v1.KeyValue();
                        if (d.key != null) {
                            if (typeof d.key !== "string" || d.key.length) {
                                m.key = $String(d.key);
                            }
                        }
                        if (d.value != null) {
                            if (!$util.isObject(d.value))
                                throw $TypeError(".opentelemetry.proto.common.v1.KeyValue.value: object expected");
                            m.value = $root.opentelemetry.proto.common.v1.AnyValue.fromObject(d.value, q + 1);
                        }
                        if (d.keyStrindex != null) {
                            if ($Number(d.keyStrindex) !== 0) {
                                m.keyStrindex = d.keyStrindex | 0;
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a KeyValue message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValue} m KeyValue
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    KeyValue.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.defaults) {
                            d.key = "";
                            d.value = null;
                            d.keyStrindex = 0;
                        }
                        if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                            d.key = m.key;
                        }
                        if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                            d.value = $root.opentelemetry.proto.common.v1.AnyValue.toObject(m.value, o, q + 1);
                        }
                        if (m.keyStrindex != null && $Object.hasOwnProperty.call(m, "keyStrindex")) {
                            d.keyStrindex = m.keyStrindex;
                        }
                        return d;
                    };

                    /**
                     * Converts this KeyValue to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    KeyValue.prototype.toJSON = function() {
                        return KeyValue.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for KeyValue
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    KeyValue.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.KeyValue";
                    };

                    return KeyValue;
                })();

                v1.InstrumentationScope = (function() {

                    /**
                     * Properties of an InstrumentationScope.
                     * @typedef {Object} opentelemetry.proto.common.v1.InstrumentationScope.$Properties
                     * @property {string|null} [name] InstrumentationScope name
                     * @property {string|null} [version] InstrumentationScope version
                     * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [attributes] InstrumentationScope attributes
                     * @property {number|null} [droppedAttributesCount] InstrumentationScope droppedAttributesCount
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an InstrumentationScope.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IInstrumentationScope
                     * @augments opentelemetry.proto.common.v1.InstrumentationScope.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.InstrumentationScope.$Properties instead.
                     */

                    /**
                     * Shape of an InstrumentationScope.
                     * @typedef {{
                     *   name?: string|null;
                     *   version?: string|null;
                     *   attributes?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                     *   droppedAttributesCount?: number|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.common.v1.InstrumentationScope.$Shape
                     */

                    /**
                     * Constructs a new InstrumentationScope.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents an InstrumentationScope.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.InstrumentationScope.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var InstrumentationScope = function (p) {
                        this.attributes = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * InstrumentationScope name.
                     * @member {string} name
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     */
                    InstrumentationScope.prototype.name = "";

                    /**
                     * InstrumentationScope version.
                     * @member {string} version
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     */
                    InstrumentationScope.prototype.version = "";

                    /**
                     * InstrumentationScope attributes.
                     * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} attributes
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     */
                    InstrumentationScope.prototype.attributes = $util.emptyArray;

                    /**
                     * InstrumentationScope droppedAttributesCount.
                     * @member {number} droppedAttributesCount
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     */
                    InstrumentationScope.prototype.droppedAttributesCount = 0;

                    /**
                     * Creates a new InstrumentationScope instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {opentelemetry.proto.common.v1.InstrumentationScope.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.InstrumentationScope} InstrumentationScope instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.InstrumentationScope.$Shape): opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.InstrumentationScope.$Properties): opentelemetry.proto.common.v1.InstrumentationScope;
                     * }}
                     */
                    InstrumentationScope.create = function(properties) {
                        return new InstrumentationScope(properties);
                    };

                    /**
                     * Encodes the specified InstrumentationScope message. Does not implicitly {@link opentelemetry.proto.common.v1.InstrumentationScope.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {opentelemetry.proto.common.v1.InstrumentationScope.$Properties} m InstrumentationScope message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    InstrumentationScope.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                            w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                        if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                            w.uint32(/* id 2, wireType 2 =*/18).string(m.version);
                        if (m.attributes != null && m.attributes.length) {
                            for (var i = 0; i < m.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                        }
                        if (m.droppedAttributesCount != null && $Object.hasOwnProperty.call(m, "droppedAttributesCount") && m.droppedAttributesCount !== 0)
                            w.uint32(/* id 4, wireType 0 =*/32).uint32(m.droppedAttributesCount);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes an InstrumentationScope message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape} InstrumentationScope
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    InstrumentationScope.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.InstrumentationScope();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.name = v;
                                    else
                                        delete m.name;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.version = v;
                                    else
                                        delete m.version;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.attributes && m.attributes.length))
                                        m.attributes = [];
                                    m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 4: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.droppedAttributesCount = v;
                                    else
                                        delete m.droppedAttributesCount;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates an InstrumentationScope message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.common.v1.InstrumentationScope} InstrumentationScope
                     */
                    InstrumentationScope.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.common.v1.InstrumentationScope)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.common.v1.InstrumentationScope: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.common.v1.InstrumentationScope();
                        if (d.name != null) {
                            if (typeof d.name !== "string" || d.name.length) {
                                m.name = $String(d.name);
                            }
                        }
                        if (d.version != null) {
                            if (typeof d.version !== "string" || d.version.length) {
                                m.version = $String(d.version);
                            }
                        }
                        if (d.attributes) {
                            if (!$Array.isArray(d.attributes))
                                throw $TypeError(".opentelemetry.proto.common.v1.InstrumentationScope.attributes: array expected");
                            m.attributes = $Array(d.attributes.length);
                            for (var i = 0; i < d.attributes.length; ++i) {
                                if (!$util.isObject(d.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.common.v1.InstrumentationScope.attributes: object expected");
                                m.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(d.attributes[i], q + 1);
                            }
                        }
                        if (d.droppedAttributesCount != null) {
                            if ($Number(d.droppedAttributesCount) !== 0) {
                                m.droppedAttributesCount = d.droppedAttributesCount >>> 0;
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from an InstrumentationScope message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {opentelemetry.proto.common.v1.InstrumentationScope} m InstrumentationScope
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    InstrumentationScope.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.attributes = [];
                        }
                        if (o.defaults) {
                            d.name = "";
                            d.version = "";
                            d.droppedAttributesCount = 0;
                        }
                        if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                            d.name = m.name;
                        }
                        if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                            d.version = m.version;
                        }
                        if (m.attributes && m.attributes.length) {
                            d.attributes = $Array(m.attributes.length);
                            for (var j = 0; j < m.attributes.length; ++j) {
                                d.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(m.attributes[j], o, q + 1);
                            }
                        }
                        if (m.droppedAttributesCount != null && $Object.hasOwnProperty.call(m, "droppedAttributesCount")) {
                            d.droppedAttributesCount = m.droppedAttributesCount;
                        }
                        return d;
                    };

                    /**
                     * Converts this InstrumentationScope to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    InstrumentationScope.prototype.toJSON = function() {
                        return InstrumentationScope.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for InstrumentationScope
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    InstrumentationScope.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.InstrumentationScope";
                    };

                    return InstrumentationScope;
                })();

                v1.EntityRef = (function() {

                    /**
                     * Properties of an EntityRef.
                     * @typedef {Object} opentelemetry.proto.common.v1.EntityRef.$Properties
                     * @property {string|null} [schemaUrl] EntityRef schemaUrl
                     * @property {string|null} [type] EntityRef type
                     * @property {Array.<string>|null} [idKeys] EntityRef idKeys
                     * @property {Array.<string>|null} [descriptionKeys] EntityRef descriptionKeys
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an EntityRef.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IEntityRef
                     * @augments opentelemetry.proto.common.v1.EntityRef.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.EntityRef.$Properties instead.
                     */

                    /**
                     * Shape of an EntityRef.
                     * @typedef {opentelemetry.proto.common.v1.EntityRef.$Properties} opentelemetry.proto.common.v1.EntityRef.$Shape
                     */

                    /**
                     * Constructs a new EntityRef.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents an EntityRef.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.EntityRef.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var EntityRef = function (p) {
                        this.idKeys = [];
                        this.descriptionKeys = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * EntityRef schemaUrl.
                     * @member {string} schemaUrl
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @instance
                     */
                    EntityRef.prototype.schemaUrl = "";

                    /**
                     * EntityRef type.
                     * @member {string} type
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @instance
                     */
                    EntityRef.prototype.type = "";

                    /**
                     * EntityRef idKeys.
                     * @member {Array.<string>} idKeys
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @instance
                     */
                    EntityRef.prototype.idKeys = $util.emptyArray;

                    /**
                     * EntityRef descriptionKeys.
                     * @member {Array.<string>} descriptionKeys
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @instance
                     */
                    EntityRef.prototype.descriptionKeys = $util.emptyArray;

                    /**
                     * Creates a new EntityRef instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @static
                     * @param {opentelemetry.proto.common.v1.EntityRef.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.EntityRef} EntityRef instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.EntityRef.$Shape): opentelemetry.proto.common.v1.EntityRef & opentelemetry.proto.common.v1.EntityRef.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.EntityRef.$Properties): opentelemetry.proto.common.v1.EntityRef;
                     * }}
                     */
                    EntityRef.create = function(properties) {
                        return new EntityRef(properties);
                    };

                    /**
                     * Encodes the specified EntityRef message. Does not implicitly {@link opentelemetry.proto.common.v1.EntityRef.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @static
                     * @param {opentelemetry.proto.common.v1.EntityRef.$Properties} m EntityRef message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    EntityRef.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.schemaUrl != null && $Object.hasOwnProperty.call(m, "schemaUrl") && m.schemaUrl !== "")
                            w.uint32(/* id 1, wireType 2 =*/10).string(m.schemaUrl);
                        if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                            w.uint32(/* id 2, wireType 2 =*/18).string(m.type);
                        if (m.idKeys != null && m.idKeys.length) {
                            for (var i = 0; i < m.idKeys.length; ++i)
                                w.uint32(/* id 3, wireType 2 =*/26).string(m.idKeys[i]);
                        }
                        if (m.descriptionKeys != null && m.descriptionKeys.length) {
                            for (var i = 0; i < m.descriptionKeys.length; ++i)
                                w.uint32(/* id 4, wireType 2 =*/34).string(m.descriptionKeys[i]);
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes an EntityRef message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.EntityRef & opentelemetry.proto.common.v1.EntityRef.$Shape} EntityRef
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    EntityRef.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.EntityRef();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.schemaUrl = v;
                                    else
                                        delete m.schemaUrl;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.type = v;
                                    else
                                        delete m.type;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.idKeys && m.idKeys.length))
                                        m.idKeys = [];
                                    m.idKeys.push(r.stringVerify());
                                    continue;
                                }
                            case 4: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.descriptionKeys && m.descriptionKeys.length))
                                        m.descriptionKeys = [];
                                    m.descriptionKeys.push(r.stringVerify());
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates an EntityRef message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.common.v1.EntityRef} EntityRef
                     */
                    EntityRef.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.common.v1.EntityRef)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.common.v1.EntityRef: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.common.v1.EntityRef();
                        if (d.schemaUrl != null) {
                            if (typeof d.schemaUrl !== "string" || d.schemaUrl.length) {
                                m.schemaUrl = $String(d.schemaUrl);
                            }
                        }
                        if (d.type != null) {
                            if (typeof d.type !== "string" || d.type.length) {
                                m.type = $String(d.type);
                            }
                        }
                        if (d.idKeys) {
                            if (!$Array.isArray(d.idKeys))
                                throw $TypeError(".opentelemetry.proto.common.v1.EntityRef.idKeys: array expected");
                            m.idKeys = $Array(d.idKeys.length);
                            for (var i = 0; i < d.idKeys.length; ++i) {
                                m.idKeys[i] = $String(d.idKeys[i]);
                            }
                        }
                        if (d.descriptionKeys) {
                            if (!$Array.isArray(d.descriptionKeys))
                                throw $TypeError(".opentelemetry.proto.common.v1.EntityRef.descriptionKeys: array expected");
                            m.descriptionKeys = $Array(d.descriptionKeys.length);
                            for (var i = 0; i < d.descriptionKeys.length; ++i) {
                                m.descriptionKeys[i] = $String(d.descriptionKeys[i]);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from an EntityRef message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @static
                     * @param {opentelemetry.proto.common.v1.EntityRef} m EntityRef
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    EntityRef.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.idKeys = [];
                            d.descriptionKeys = [];
                        }
                        if (o.defaults) {
                            d.schemaUrl = "";
                            d.type = "";
                        }
                        if (m.schemaUrl != null && $Object.hasOwnProperty.call(m, "schemaUrl")) {
                            d.schemaUrl = m.schemaUrl;
                        }
                        if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                            d.type = m.type;
                        }
                        if (m.idKeys && m.idKeys.length) {
                            d.idKeys = $Array(m.idKeys.length);
                            for (var j = 0; j < m.idKeys.length; ++j) {
                                d.idKeys[j] = m.idKeys[j];
                            }
                        }
                        if (m.descriptionKeys && m.descriptionKeys.length) {
                            d.descriptionKeys = $Array(m.descriptionKeys.length);
                            for (var j = 0; j < m.descriptionKeys.length; ++j) {
                                d.descriptionKeys[j] = m.descriptionKeys[j];
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this EntityRef to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    EntityRef.prototype.toJSON = function() {
                        return EntityRef.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for EntityRef
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.EntityRef
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    EntityRef.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.EntityRef";
                    };

                    return EntityRef;
                })();

                return v1;
            })();

            return common;
        })();

        proto.resource = (function() {

            /**
             * Namespace resource.
             * @memberof opentelemetry.proto
             * @namespace
             */
            var resource = {};

            resource.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof opentelemetry.proto.resource
                 * @namespace
                 */
                var v1 = {};

                v1.Resource = (function() {

                    /**
                     * Properties of a Resource.
                     * @typedef {Object} opentelemetry.proto.resource.v1.Resource.$Properties
                     * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [attributes] Resource attributes
                     * @property {number|null} [droppedAttributesCount] Resource droppedAttributesCount
                     * @property {Array.<opentelemetry.proto.common.v1.EntityRef.$Properties>|null} [entityRefs] Resource entityRefs
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Resource.
                     * @memberof opentelemetry.proto.resource.v1
                     * @interface IResource
                     * @augments opentelemetry.proto.resource.v1.Resource.$Properties
                     * @deprecated Use opentelemetry.proto.resource.v1.Resource.$Properties instead.
                     */

                    /**
                     * Shape of a Resource.
                     * @typedef {{
                     *   attributes?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                     *   droppedAttributesCount?: number|null;
                     *   entityRefs?: Array.<opentelemetry.proto.common.v1.EntityRef.$Shape>|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.resource.v1.Resource.$Shape
                     */

                    /**
                     * Constructs a new Resource.
                     * @memberof opentelemetry.proto.resource.v1
                     * @classdesc Represents a Resource.
                     * @constructor
                     * @param {opentelemetry.proto.resource.v1.Resource.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Resource = function (p) {
                        this.attributes = [];
                        this.entityRefs = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Resource attributes.
                     * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} attributes
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @instance
                     */
                    Resource.prototype.attributes = $util.emptyArray;

                    /**
                     * Resource droppedAttributesCount.
                     * @member {number} droppedAttributesCount
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @instance
                     */
                    Resource.prototype.droppedAttributesCount = 0;

                    /**
                     * Resource entityRefs.
                     * @member {Array.<opentelemetry.proto.common.v1.EntityRef.$Properties>} entityRefs
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @instance
                     */
                    Resource.prototype.entityRefs = $util.emptyArray;

                    /**
                     * Creates a new Resource instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {opentelemetry.proto.resource.v1.Resource.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.resource.v1.Resource} Resource instance
                     * @type {{
                     *   (properties: opentelemetry.proto.resource.v1.Resource.$Shape): opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape;
                     *   (properties?: opentelemetry.proto.resource.v1.Resource.$Properties): opentelemetry.proto.resource.v1.Resource;
                     * }}
                     */
                    Resource.create = function(properties) {
                        return new Resource(properties);
                    };

                    /**
                     * Encodes the specified Resource message. Does not implicitly {@link opentelemetry.proto.resource.v1.Resource.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {opentelemetry.proto.resource.v1.Resource.$Properties} m Resource message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Resource.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.attributes != null && m.attributes.length) {
                            for (var i = 0; i < m.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.droppedAttributesCount != null && $Object.hasOwnProperty.call(m, "droppedAttributesCount") && m.droppedAttributesCount !== 0)
                            w.uint32(/* id 2, wireType 0 =*/16).uint32(m.droppedAttributesCount);
                        if (m.entityRefs != null && m.entityRefs.length) {
                            for (var i = 0; i < m.entityRefs.length; ++i)
                                $root.opentelemetry.proto.common.v1.EntityRef.encode(m.entityRefs[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a Resource message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape} Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Resource.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.resource.v1.Resource();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.attributes && m.attributes.length))
                                        m.attributes = [];
                                    m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.droppedAttributesCount = v;
                                    else
                                        delete m.droppedAttributesCount;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.entityRefs && m.entityRefs.length))
                                        m.entityRefs = [];
                                    m.entityRefs.push($root.opentelemetry.proto.common.v1.EntityRef.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a Resource message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.resource.v1.Resource} Resource
                     */
                    Resource.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.resource.v1.Resource)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.resource.v1.Resource: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.resource.v1.Resource();
                        if (d.attributes) {
                            if (!$Array.isArray(d.attributes))
                                throw $TypeError(".opentelemetry.proto.resource.v1.Resource.attributes: array expected");
                            m.attributes = $Array(d.attributes.length);
                            for (var i = 0; i < d.attributes.length; ++i) {
                                if (!$util.isObject(d.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.resource.v1.Resource.attributes: object expected");
                                m.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(d.attributes[i], q + 1);
                            }
                        }
                        if (d.droppedAttributesCount != null) {
                            if ($Number(d.droppedAttributesCount) !== 0) {
                                m.droppedAttributesCount = d.droppedAttributesCount >>> 0;
                            }
                        }
                        if (d.entityRefs) {
                            if (!$Array.isArray(d.entityRefs))
                                throw $TypeError(".opentelemetry.proto.resource.v1.Resource.entityRefs: array expected");
                            m.entityRefs = $Array(d.entityRefs.length);
                            for (var i = 0; i < d.entityRefs.length; ++i) {
                                if (!$util.isObject(d.entityRefs[i]))
                                    throw $TypeError(".opentelemetry.proto.resource.v1.Resource.entityRefs: object expected");
                                m.entityRefs[i] = $root.opentelemetry.proto.common.v1.EntityRef.fromObject(d.entityRefs[i], q + 1);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a Resource message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {opentelemetry.proto.resource.v1.Resource} m Resource
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Resource.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.attributes = [];
                            d.entityRefs = [];
                        }
                        if (o.defaults) {
                            d.droppedAttributesCount = 0;
                        }
                        if (m.attributes && m.attributes.length) {
                            d.attributes = $Array(m.attributes.length);
                            for (var j = 0; j < m.attributes.length; ++j) {
                                d.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(m.attributes[j], o, q + 1);
                            }
                        }
                        if (m.droppedAttributesCount != null && $Object.hasOwnProperty.call(m, "droppedAttributesCount")) {
                            d.droppedAttributesCount = m.droppedAttributesCount;
                        }
                        if (m.entityRefs && m.entityRefs.length) {
                            d.entityRefs = $Array(m.entityRefs.length);
                            for (var j = 0; j < m.entityRefs.length; ++j) {
                                d.entityRefs[j] = $root.opentelemetry.proto.common.v1.EntityRef.toObject(m.entityRefs[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this Resource to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Resource.prototype.toJSON = function() {
                        return Resource.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Resource
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Resource.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.resource.v1.Resource";
                    };

                    return Resource;
                })();

                return v1;
            })();

            return resource;
        })();

        return proto;
    })();

    return opentelemetry;
})();

module.exports = $root;
