// Code generated from proto/pyroscope/querier.proto by `npm run generate -w proto`
// (pbjs -t static-module -w commonjs -r querier --no-beautify --no-delimited --no-verify, then pbts). DO NOT EDIT.
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

// Exported root namespace
var $root = $protobuf.roots["querier"] || ($protobuf.roots["querier"] = {});

$root.querier = (function() {

    /**
     * Namespace querier.
     * @exports querier
     * @namespace
     */
    var querier = {};

    querier.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof querier
         * @namespace
         */
        var v1 = {};

        v1.QuerierService = (function() {

            /**
             * Constructs a new QuerierService service.
             * @memberof querier.v1
             * @classdesc Represents a QuerierService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            var QuerierService = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(QuerierService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: QuerierService, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new QuerierService service using the specified rpc implementation.
             * @function create
             * @memberof querier.v1.QuerierService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {QuerierService} RPC service. Useful where requests and/or responses are streamed.
             */
            QuerierService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link querier.v1.QuerierService#profileTypes}.
             * @memberof querier.v1.QuerierService
             * @typedef ProfileTypesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {querier.v1.ProfileTypesResponse} [response] ProfileTypesResponse
             */

            /**
             * Calls ProfileTypes.
             * @memberof querier.v1.QuerierService
             * @typedef ProfileTypes
             * @type {{
             *   (request: querier.v1.IProfileTypesRequest, callback: querier.v1.QuerierService.ProfileTypesCallback): void;
             *   (request: querier.v1.IProfileTypesRequest): Promise<querier.v1.ProfileTypesResponse>;
             *   readonly name: "ProfileTypes";
             *   readonly path: "/querier.v1.QuerierService/ProfileTypes";
             *   readonly requestType: "ProfileTypesRequest";
             *   readonly responseType: "ProfileTypesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ProfileTypes.
             * @name querier.v1.QuerierService#profileTypes
             * @type {querier.v1.QuerierService.ProfileTypes}
             */
            $Object.defineProperties(QuerierService.prototype.profileTypes = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.profileTypes, $root.querier.v1.ProfileTypesRequest, $root.querier.v1.ProfileTypesResponse, request, callback);
            }, {
                name: { value: "ProfileTypes" },
                path: { value: "/querier.v1.QuerierService/ProfileTypes" },
                requestType: { value: "ProfileTypesRequest" },
                responseType: { value: "ProfileTypesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#labelValues}.
             * @memberof querier.v1.QuerierService
             * @typedef LabelValuesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {types.v1.LabelValuesResponse} [response] LabelValuesResponse
             */

            /**
             * Calls LabelValues.
             * @memberof querier.v1.QuerierService
             * @typedef LabelValues
             * @type {{
             *   (request: types.v1.ILabelValuesRequest, callback: querier.v1.QuerierService.LabelValuesCallback): void;
             *   (request: types.v1.ILabelValuesRequest): Promise<types.v1.LabelValuesResponse>;
             *   readonly name: "LabelValues";
             *   readonly path: "/querier.v1.QuerierService/LabelValues";
             *   readonly requestType: "types.v1.LabelValuesRequest";
             *   readonly responseType: "types.v1.LabelValuesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls LabelValues.
             * @name querier.v1.QuerierService#labelValues
             * @type {querier.v1.QuerierService.LabelValues}
             */
            $Object.defineProperties(QuerierService.prototype.labelValues = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.labelValues, $root.types.v1.LabelValuesRequest, $root.types.v1.LabelValuesResponse, request, callback);
            }, {
                name: { value: "LabelValues" },
                path: { value: "/querier.v1.QuerierService/LabelValues" },
                requestType: { value: "types.v1.LabelValuesRequest" },
                responseType: { value: "types.v1.LabelValuesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#labelNames}.
             * @memberof querier.v1.QuerierService
             * @typedef LabelNamesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {types.v1.LabelNamesResponse} [response] LabelNamesResponse
             */

            /**
             * Calls LabelNames.
             * @memberof querier.v1.QuerierService
             * @typedef LabelNames
             * @type {{
             *   (request: types.v1.ILabelNamesRequest, callback: querier.v1.QuerierService.LabelNamesCallback): void;
             *   (request: types.v1.ILabelNamesRequest): Promise<types.v1.LabelNamesResponse>;
             *   readonly name: "LabelNames";
             *   readonly path: "/querier.v1.QuerierService/LabelNames";
             *   readonly requestType: "types.v1.LabelNamesRequest";
             *   readonly responseType: "types.v1.LabelNamesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls LabelNames.
             * @name querier.v1.QuerierService#labelNames
             * @type {querier.v1.QuerierService.LabelNames}
             */
            $Object.defineProperties(QuerierService.prototype.labelNames = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.labelNames, $root.types.v1.LabelNamesRequest, $root.types.v1.LabelNamesResponse, request, callback);
            }, {
                name: { value: "LabelNames" },
                path: { value: "/querier.v1.QuerierService/LabelNames" },
                requestType: { value: "types.v1.LabelNamesRequest" },
                responseType: { value: "types.v1.LabelNamesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#series}.
             * @memberof querier.v1.QuerierService
             * @typedef SeriesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {querier.v1.SeriesResponse} [response] SeriesResponse
             */

            /**
             * Calls Series.
             * @memberof querier.v1.QuerierService
             * @typedef Series
             * @type {{
             *   (request: querier.v1.ISeriesRequest, callback: querier.v1.QuerierService.SeriesCallback): void;
             *   (request: querier.v1.ISeriesRequest): Promise<querier.v1.SeriesResponse>;
             *   readonly name: "Series";
             *   readonly path: "/querier.v1.QuerierService/Series";
             *   readonly requestType: "SeriesRequest";
             *   readonly responseType: "SeriesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Series.
             * @name querier.v1.QuerierService#series
             * @type {querier.v1.QuerierService.Series}
             */
            $Object.defineProperties(QuerierService.prototype.series = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.series, $root.querier.v1.SeriesRequest, $root.querier.v1.SeriesResponse, request, callback);
            }, {
                name: { value: "Series" },
                path: { value: "/querier.v1.QuerierService/Series" },
                requestType: { value: "SeriesRequest" },
                responseType: { value: "SeriesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#selectMergeStacktraces}.
             * @memberof querier.v1.QuerierService
             * @typedef SelectMergeStacktracesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {querier.v1.SelectMergeStacktracesResponse} [response] SelectMergeStacktracesResponse
             */

            /**
             * Calls SelectMergeStacktraces.
             * @memberof querier.v1.QuerierService
             * @typedef SelectMergeStacktraces
             * @type {{
             *   (request: querier.v1.ISelectMergeStacktracesRequest, callback: querier.v1.QuerierService.SelectMergeStacktracesCallback): void;
             *   (request: querier.v1.ISelectMergeStacktracesRequest): Promise<querier.v1.SelectMergeStacktracesResponse>;
             *   readonly name: "SelectMergeStacktraces";
             *   readonly path: "/querier.v1.QuerierService/SelectMergeStacktraces";
             *   readonly requestType: "SelectMergeStacktracesRequest";
             *   readonly responseType: "SelectMergeStacktracesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls SelectMergeStacktraces.
             * @name querier.v1.QuerierService#selectMergeStacktraces
             * @type {querier.v1.QuerierService.SelectMergeStacktraces}
             */
            $Object.defineProperties(QuerierService.prototype.selectMergeStacktraces = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.selectMergeStacktraces, $root.querier.v1.SelectMergeStacktracesRequest, $root.querier.v1.SelectMergeStacktracesResponse, request, callback);
            }, {
                name: { value: "SelectMergeStacktraces" },
                path: { value: "/querier.v1.QuerierService/SelectMergeStacktraces" },
                requestType: { value: "SelectMergeStacktracesRequest" },
                responseType: { value: "SelectMergeStacktracesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#selectMergeSpanProfile}.
             * @memberof querier.v1.QuerierService
             * @typedef SelectMergeSpanProfileCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {querier.v1.SelectMergeSpanProfileResponse} [response] SelectMergeSpanProfileResponse
             */

            /**
             * Calls SelectMergeSpanProfile.
             * @memberof querier.v1.QuerierService
             * @typedef SelectMergeSpanProfile
             * @type {{
             *   (request: querier.v1.ISelectMergeSpanProfileRequest, callback: querier.v1.QuerierService.SelectMergeSpanProfileCallback): void;
             *   (request: querier.v1.ISelectMergeSpanProfileRequest): Promise<querier.v1.SelectMergeSpanProfileResponse>;
             *   readonly name: "SelectMergeSpanProfile";
             *   readonly path: "/querier.v1.QuerierService/SelectMergeSpanProfile";
             *   readonly requestType: "SelectMergeSpanProfileRequest";
             *   readonly responseType: "SelectMergeSpanProfileResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls SelectMergeSpanProfile.
             * @name querier.v1.QuerierService#selectMergeSpanProfile
             * @type {querier.v1.QuerierService.SelectMergeSpanProfile}
             */
            $Object.defineProperties(QuerierService.prototype.selectMergeSpanProfile = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.selectMergeSpanProfile, $root.querier.v1.SelectMergeSpanProfileRequest, $root.querier.v1.SelectMergeSpanProfileResponse, request, callback);
            }, {
                name: { value: "SelectMergeSpanProfile" },
                path: { value: "/querier.v1.QuerierService/SelectMergeSpanProfile" },
                requestType: { value: "SelectMergeSpanProfileRequest" },
                responseType: { value: "SelectMergeSpanProfileResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#selectMergeProfile}.
             * @memberof querier.v1.QuerierService
             * @typedef SelectMergeProfileCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {perftools.profiles.Profile} [response] Profile
             */

            /**
             * Calls SelectMergeProfile.
             * @memberof querier.v1.QuerierService
             * @typedef SelectMergeProfile
             * @type {{
             *   (request: querier.v1.ISelectMergeProfileRequest, callback: querier.v1.QuerierService.SelectMergeProfileCallback): void;
             *   (request: querier.v1.ISelectMergeProfileRequest): Promise<perftools.profiles.Profile>;
             *   readonly name: "SelectMergeProfile";
             *   readonly path: "/querier.v1.QuerierService/SelectMergeProfile";
             *   readonly requestType: "SelectMergeProfileRequest";
             *   readonly responseType: "perftools.profiles.Profile";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls SelectMergeProfile.
             * @name querier.v1.QuerierService#selectMergeProfile
             * @type {querier.v1.QuerierService.SelectMergeProfile}
             */
            $Object.defineProperties(QuerierService.prototype.selectMergeProfile = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.selectMergeProfile, $root.querier.v1.SelectMergeProfileRequest, $root.perftools.profiles.Profile, request, callback);
            }, {
                name: { value: "SelectMergeProfile" },
                path: { value: "/querier.v1.QuerierService/SelectMergeProfile" },
                requestType: { value: "SelectMergeProfileRequest" },
                responseType: { value: "perftools.profiles.Profile" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#selectSeries}.
             * @memberof querier.v1.QuerierService
             * @typedef SelectSeriesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {querier.v1.SelectSeriesResponse} [response] SelectSeriesResponse
             */

            /**
             * Calls SelectSeries.
             * @memberof querier.v1.QuerierService
             * @typedef SelectSeries
             * @type {{
             *   (request: querier.v1.ISelectSeriesRequest, callback: querier.v1.QuerierService.SelectSeriesCallback): void;
             *   (request: querier.v1.ISelectSeriesRequest): Promise<querier.v1.SelectSeriesResponse>;
             *   readonly name: "SelectSeries";
             *   readonly path: "/querier.v1.QuerierService/SelectSeries";
             *   readonly requestType: "SelectSeriesRequest";
             *   readonly responseType: "SelectSeriesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls SelectSeries.
             * @name querier.v1.QuerierService#selectSeries
             * @type {querier.v1.QuerierService.SelectSeries}
             */
            $Object.defineProperties(QuerierService.prototype.selectSeries = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.selectSeries, $root.querier.v1.SelectSeriesRequest, $root.querier.v1.SelectSeriesResponse, request, callback);
            }, {
                name: { value: "SelectSeries" },
                path: { value: "/querier.v1.QuerierService/SelectSeries" },
                requestType: { value: "SelectSeriesRequest" },
                responseType: { value: "SelectSeriesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#diff}.
             * @memberof querier.v1.QuerierService
             * @typedef DiffCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {querier.v1.DiffResponse} [response] DiffResponse
             */

            /**
             * Calls Diff.
             * @memberof querier.v1.QuerierService
             * @typedef Diff
             * @type {{
             *   (request: querier.v1.IDiffRequest, callback: querier.v1.QuerierService.DiffCallback): void;
             *   (request: querier.v1.IDiffRequest): Promise<querier.v1.DiffResponse>;
             *   readonly name: "Diff";
             *   readonly path: "/querier.v1.QuerierService/Diff";
             *   readonly requestType: "DiffRequest";
             *   readonly responseType: "DiffResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Diff.
             * @name querier.v1.QuerierService#diff
             * @type {querier.v1.QuerierService.Diff}
             */
            $Object.defineProperties(QuerierService.prototype.diff = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.diff, $root.querier.v1.DiffRequest, $root.querier.v1.DiffResponse, request, callback);
            }, {
                name: { value: "Diff" },
                path: { value: "/querier.v1.QuerierService/Diff" },
                requestType: { value: "DiffRequest" },
                responseType: { value: "DiffResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#getProfileStats}.
             * @memberof querier.v1.QuerierService
             * @typedef GetProfileStatsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {types.v1.GetProfileStatsResponse} [response] GetProfileStatsResponse
             */

            /**
             * Calls GetProfileStats.
             * @memberof querier.v1.QuerierService
             * @typedef GetProfileStats
             * @type {{
             *   (request: types.v1.IGetProfileStatsRequest, callback: querier.v1.QuerierService.GetProfileStatsCallback): void;
             *   (request: types.v1.IGetProfileStatsRequest): Promise<types.v1.GetProfileStatsResponse>;
             *   readonly name: "GetProfileStats";
             *   readonly path: "/querier.v1.QuerierService/GetProfileStats";
             *   readonly requestType: "types.v1.GetProfileStatsRequest";
             *   readonly responseType: "types.v1.GetProfileStatsResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls GetProfileStats.
             * @name querier.v1.QuerierService#getProfileStats
             * @type {querier.v1.QuerierService.GetProfileStats}
             */
            $Object.defineProperties(QuerierService.prototype.getProfileStats = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.getProfileStats, $root.types.v1.GetProfileStatsRequest, $root.types.v1.GetProfileStatsResponse, request, callback);
            }, {
                name: { value: "GetProfileStats" },
                path: { value: "/querier.v1.QuerierService/GetProfileStats" },
                requestType: { value: "types.v1.GetProfileStatsRequest" },
                responseType: { value: "types.v1.GetProfileStatsResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return QuerierService;
        })();

        v1.ProfileTypesRequest = (function() {

            /**
             * Properties of a ProfileTypesRequest.
             * @typedef {Object} querier.v1.ProfileTypesRequest.$Properties
             * @property {number|Long|null} [start] ProfileTypesRequest start
             * @property {number|Long|null} [end] ProfileTypesRequest end
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProfileTypesRequest.
             * @memberof querier.v1
             * @interface IProfileTypesRequest
             * @augments querier.v1.ProfileTypesRequest.$Properties
             * @deprecated Use querier.v1.ProfileTypesRequest.$Properties instead.
             */

            /**
             * Shape of a ProfileTypesRequest.
             * @typedef {querier.v1.ProfileTypesRequest.$Properties} querier.v1.ProfileTypesRequest.$Shape
             */

            /**
             * Constructs a new ProfileTypesRequest.
             * @memberof querier.v1
             * @classdesc Represents a ProfileTypesRequest.
             * @constructor
             * @param {querier.v1.ProfileTypesRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ProfileTypesRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ProfileTypesRequest start.
             * @member {number|Long} start
             * @memberof querier.v1.ProfileTypesRequest
             * @instance
             */
            ProfileTypesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ProfileTypesRequest end.
             * @member {number|Long} end
             * @memberof querier.v1.ProfileTypesRequest
             * @instance
             */
            ProfileTypesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ProfileTypesRequest instance using the specified properties.
             * @function create
             * @memberof querier.v1.ProfileTypesRequest
             * @static
             * @param {querier.v1.ProfileTypesRequest.$Properties=} [properties] Properties to set
             * @returns {querier.v1.ProfileTypesRequest} ProfileTypesRequest instance
             * @type {{
             *   (properties: querier.v1.ProfileTypesRequest.$Shape): querier.v1.ProfileTypesRequest & querier.v1.ProfileTypesRequest.$Shape;
             *   (properties?: querier.v1.ProfileTypesRequest.$Properties): querier.v1.ProfileTypesRequest;
             * }}
             */
            ProfileTypesRequest.create = function(properties) {
                return new ProfileTypesRequest(properties);
            };

            /**
             * Encodes the specified ProfileTypesRequest message. Does not implicitly {@link querier.v1.ProfileTypesRequest.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.ProfileTypesRequest
             * @static
             * @param {querier.v1.ProfileTypesRequest.$Properties} m ProfileTypesRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileTypesRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.start != null && $Object.hasOwnProperty.call(m, "start") && (typeof m.start === "object" ? m.start.low || m.start.high : m.start !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.start);
                if (m.end != null && $Object.hasOwnProperty.call(m, "end") && (typeof m.end === "object" ? m.end.low || m.end.high : m.end !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.end);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ProfileTypesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.ProfileTypesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.ProfileTypesRequest & querier.v1.ProfileTypesRequest.$Shape} ProfileTypesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileTypesRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.querier.v1.ProfileTypesRequest();
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
                                m.start = v;
                            else
                                delete m.start;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.end = v;
                            else
                                delete m.end;
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
             * Creates a ProfileTypesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.ProfileTypesRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {querier.v1.ProfileTypesRequest} ProfileTypesRequest
             */
            ProfileTypesRequest.fromObject = function (d, q) {
                if (d instanceof $root.querier.v1.ProfileTypesRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".querier.v1.ProfileTypesRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.querier.v1.ProfileTypesRequest();
                if (d.start != null) {
                    if (typeof d.start === "object" ? d.start.low || d.start.high : $Number(d.start) !== 0) {
                        if ($util.Long)
                            m.start = $util.Long.fromValue(d.start, false);
                        else if (typeof d.start === "string")
                            m.start = $parseInt(d.start, 10);
                        else if (typeof d.start === "number")
                            m.start = d.start;
                        else if (typeof d.start === "object")
                            m.start = new $util.LongBits(d.start.low >>> 0, d.start.high >>> 0).toNumber();
                    }
                }
                if (d.end != null) {
                    if (typeof d.end === "object" ? d.end.low || d.end.high : $Number(d.end) !== 0) {
                        if ($util.Long)
                            m.end = $util.Long.fromValue(d.end, false);
                        else if (typeof d.end === "string")
                            m.end = $parseInt(d.end, 10);
                        else if (typeof d.end === "number")
                            m.end = d.end;
                        else if (typeof d.end === "object")
                            m.end = new $util.LongBits(d.end.low >>> 0, d.end.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ProfileTypesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.ProfileTypesRequest
             * @static
             * @param {querier.v1.ProfileTypesRequest} m ProfileTypesRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProfileTypesRequest.toObject = function (m, o, q) {
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
                        d.start = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.start = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.end = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.end = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.start = typeof m.start === "number" ? $BigInt(m.start) : $util.Long.fromBits(m.start.low >>> 0, m.start.high >>> 0, false).toBigInt();
                    else if (typeof m.start === "number")
                        d.start = o.longs === $String ? $String(m.start) : m.start;
                    else
                        d.start = o.longs === $String ? $util.Long.prototype.toString.call(m.start) : o.longs === $Number ? new $util.LongBits(m.start.low >>> 0, m.start.high >>> 0).toNumber() : m.start;
                }
                if (m.end != null && $Object.hasOwnProperty.call(m, "end")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.end = typeof m.end === "number" ? $BigInt(m.end) : $util.Long.fromBits(m.end.low >>> 0, m.end.high >>> 0, false).toBigInt();
                    else if (typeof m.end === "number")
                        d.end = o.longs === $String ? $String(m.end) : m.end;
                    else
                        d.end = o.longs === $String ? $util.Long.prototype.toString.call(m.end) : o.longs === $Number ? new $util.LongBits(m.end.low >>> 0, m.end.high >>> 0).toNumber() : m.end;
                }
                return d;
            };

            /**
             * Converts this ProfileTypesRequest to JSON.
             * @function toJSON
             * @memberof querier.v1.ProfileTypesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProfileTypesRequest.prototype.toJSON = function() {
                return ProfileTypesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProfileTypesRequest
             * @function getTypeUrl
             * @memberof querier.v1.ProfileTypesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProfileTypesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.ProfileTypesRequest";
            };

            return ProfileTypesRequest;
        })();

        v1.ProfileTypesResponse = (function() {

            /**
             * Properties of a ProfileTypesResponse.
             * @typedef {Object} querier.v1.ProfileTypesResponse.$Properties
             * @property {Array.<types.v1.ProfileType.$Properties>|null} [profileTypes] ProfileTypesResponse profileTypes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProfileTypesResponse.
             * @memberof querier.v1
             * @interface IProfileTypesResponse
             * @augments querier.v1.ProfileTypesResponse.$Properties
             * @deprecated Use querier.v1.ProfileTypesResponse.$Properties instead.
             */

            /**
             * Shape of a ProfileTypesResponse.
             * @typedef {querier.v1.ProfileTypesResponse.$Properties} querier.v1.ProfileTypesResponse.$Shape
             */

            /**
             * Constructs a new ProfileTypesResponse.
             * @memberof querier.v1
             * @classdesc Represents a ProfileTypesResponse.
             * @constructor
             * @param {querier.v1.ProfileTypesResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ProfileTypesResponse = function (p) {
                this.profileTypes = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ProfileTypesResponse profileTypes.
             * @member {Array.<types.v1.ProfileType.$Properties>} profileTypes
             * @memberof querier.v1.ProfileTypesResponse
             * @instance
             */
            ProfileTypesResponse.prototype.profileTypes = $util.emptyArray;

            /**
             * Creates a new ProfileTypesResponse instance using the specified properties.
             * @function create
             * @memberof querier.v1.ProfileTypesResponse
             * @static
             * @param {querier.v1.ProfileTypesResponse.$Properties=} [properties] Properties to set
             * @returns {querier.v1.ProfileTypesResponse} ProfileTypesResponse instance
             * @type {{
             *   (properties: querier.v1.ProfileTypesResponse.$Shape): querier.v1.ProfileTypesResponse & querier.v1.ProfileTypesResponse.$Shape;
             *   (properties?: querier.v1.ProfileTypesResponse.$Properties): querier.v1.ProfileTypesResponse;
             * }}
             */
            ProfileTypesResponse.create = function(properties) {
                return new ProfileTypesResponse(properties);
            };

            /**
             * Encodes the specified ProfileTypesResponse message. Does not implicitly {@link querier.v1.ProfileTypesResponse.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.ProfileTypesResponse
             * @static
             * @param {querier.v1.ProfileTypesResponse.$Properties} m ProfileTypesResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileTypesResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.profileTypes != null && m.profileTypes.length) {
                    for (var i = 0; i < m.profileTypes.length; ++i)
                        $root.types.v1.ProfileType.encode(m.profileTypes[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ProfileTypesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.ProfileTypesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.ProfileTypesResponse & querier.v1.ProfileTypesResponse.$Shape} ProfileTypesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileTypesResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.querier.v1.ProfileTypesResponse();
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
                            if (!(m.profileTypes && m.profileTypes.length))
                                m.profileTypes = [];
                            m.profileTypes.push($root.types.v1.ProfileType.decode(r, r.size(), $undefined, q + 1));
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
             * Creates a ProfileTypesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.ProfileTypesResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {querier.v1.ProfileTypesResponse} ProfileTypesResponse
             */
            ProfileTypesResponse.fromObject = function (d, q) {
                if (d instanceof $root.querier.v1.ProfileTypesResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".querier.v1.ProfileTypesResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.querier.v1.ProfileTypesResponse();
                if (d.profileTypes) {
                    if (!$Array.isArray(d.profileTypes))
                        throw $TypeError(".querier.v1.ProfileTypesResponse.profileTypes: array expected");
                    m.profileTypes = $Array(d.profileTypes.length);
                    for (var i = 0; i < d.profileTypes.length; ++i) {
                        if (!$util.isObject(d.profileTypes[i]))
                            throw $TypeError(".querier.v1.ProfileTypesResponse.profileTypes: object expected");
                        m.profileTypes[i] = $root.types.v1.ProfileType.fromObject(d.profileTypes[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ProfileTypesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.ProfileTypesResponse
             * @static
             * @param {querier.v1.ProfileTypesResponse} m ProfileTypesResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProfileTypesResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.profileTypes = [];
                }
                if (m.profileTypes && m.profileTypes.length) {
                    d.profileTypes = $Array(m.profileTypes.length);
                    for (var j = 0; j < m.profileTypes.length; ++j) {
                        d.profileTypes[j] = $root.types.v1.ProfileType.toObject(m.profileTypes[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this ProfileTypesResponse to JSON.
             * @function toJSON
             * @memberof querier.v1.ProfileTypesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProfileTypesResponse.prototype.toJSON = function() {
                return ProfileTypesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProfileTypesResponse
             * @function getTypeUrl
             * @memberof querier.v1.ProfileTypesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProfileTypesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.ProfileTypesResponse";
            };

            return ProfileTypesResponse;
        })();

        v1.SeriesRequest = (function() {

            /**
             * Properties of a SeriesRequest.
             * @typedef {Object} querier.v1.SeriesRequest.$Properties
             * @property {Array.<string>|null} [matchers] SeriesRequest matchers
             * @property {Array.<string>|null} [labelNames] SeriesRequest labelNames
             * @property {number|Long|null} [start] SeriesRequest start
             * @property {number|Long|null} [end] SeriesRequest end
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SeriesRequest.
             * @memberof querier.v1
             * @interface ISeriesRequest
             * @augments querier.v1.SeriesRequest.$Properties
             * @deprecated Use querier.v1.SeriesRequest.$Properties instead.
             */

            /**
             * Shape of a SeriesRequest.
             * @typedef {querier.v1.SeriesRequest.$Properties} querier.v1.SeriesRequest.$Shape
             */

            /**
             * Constructs a new SeriesRequest.
             * @memberof querier.v1
             * @classdesc Represents a SeriesRequest.
             * @constructor
             * @param {querier.v1.SeriesRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SeriesRequest = function (p) {
                this.matchers = [];
                this.labelNames = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SeriesRequest matchers.
             * @member {Array.<string>} matchers
             * @memberof querier.v1.SeriesRequest
             * @instance
             */
            SeriesRequest.prototype.matchers = $util.emptyArray;

            /**
             * SeriesRequest labelNames.
             * @member {Array.<string>} labelNames
             * @memberof querier.v1.SeriesRequest
             * @instance
             */
            SeriesRequest.prototype.labelNames = $util.emptyArray;

            /**
             * SeriesRequest start.
             * @member {number|Long} start
             * @memberof querier.v1.SeriesRequest
             * @instance
             */
            SeriesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SeriesRequest end.
             * @member {number|Long} end
             * @memberof querier.v1.SeriesRequest
             * @instance
             */
            SeriesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new SeriesRequest instance using the specified properties.
             * @function create
             * @memberof querier.v1.SeriesRequest
             * @static
             * @param {querier.v1.SeriesRequest.$Properties=} [properties] Properties to set
             * @returns {querier.v1.SeriesRequest} SeriesRequest instance
             * @type {{
             *   (properties: querier.v1.SeriesRequest.$Shape): querier.v1.SeriesRequest & querier.v1.SeriesRequest.$Shape;
             *   (properties?: querier.v1.SeriesRequest.$Properties): querier.v1.SeriesRequest;
             * }}
             */
            SeriesRequest.create = function(properties) {
                return new SeriesRequest(properties);
            };

            /**
             * Encodes the specified SeriesRequest message. Does not implicitly {@link querier.v1.SeriesRequest.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SeriesRequest
             * @static
             * @param {querier.v1.SeriesRequest.$Properties} m SeriesRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SeriesRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.matchers != null && m.matchers.length) {
                    for (var i = 0; i < m.matchers.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.matchers[i]);
                }
                if (m.labelNames != null && m.labelNames.length) {
                    for (var i = 0; i < m.labelNames.length; ++i)
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.labelNames[i]);
                }
                if (m.start != null && $Object.hasOwnProperty.call(m, "start") && (typeof m.start === "object" ? m.start.low || m.start.high : m.start !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.start);
                if (m.end != null && $Object.hasOwnProperty.call(m, "end") && (typeof m.end === "object" ? m.end.low || m.end.high : m.end !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.end);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SeriesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SeriesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.SeriesRequest & querier.v1.SeriesRequest.$Shape} SeriesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SeriesRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.querier.v1.SeriesRequest();
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
                            if (!(m.matchers && m.matchers.length))
                                m.matchers = [];
                            m.matchers.push(r.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.labelNames && m.labelNames.length))
                                m.labelNames = [];
                            m.labelNames.push(r.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.start = v;
                            else
                                delete m.start;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.end = v;
                            else
                                delete m.end;
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
             * Creates a SeriesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.SeriesRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {querier.v1.SeriesRequest} SeriesRequest
             */
            SeriesRequest.fromObject = function (d, q) {
                if (d instanceof $root.querier.v1.SeriesRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".querier.v1.SeriesRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.querier.v1.SeriesRequest();
                if (d.matchers) {
                    if (!$Array.isArray(d.matchers))
                        throw $TypeError(".querier.v1.SeriesRequest.matchers: array expected");
                    m.matchers = $Array(d.matchers.length);
                    for (var i = 0; i < d.matchers.length; ++i) {
                        m.matchers[i] = $String(d.matchers[i]);
                    }
                }
                if (d.labelNames) {
                    if (!$Array.isArray(d.labelNames))
                        throw $TypeError(".querier.v1.SeriesRequest.labelNames: array expected");
                    m.labelNames = $Array(d.labelNames.length);
                    for (var i = 0; i < d.labelNames.length; ++i) {
                        m.labelNames[i] = $String(d.labelNames[i]);
                    }
                }
                if (d.start != null) {
                    if (typeof d.start === "object" ? d.start.low || d.start.high : $Number(d.start) !== 0) {
                        if ($util.Long)
                            m.start = $util.Long.fromValue(d.start, false);
                        else if (typeof d.start === "string")
                            m.start = $parseInt(d.start, 10);
                        else if (typeof d.start === "number")
                            m.start = d.start;
                        else if (typeof d.start === "object")
                            m.start = new $util.LongBits(d.start.low >>> 0, d.start.high >>> 0).toNumber();
                    }
                }
                if (d.end != null) {
                    if (typeof d.end === "object" ? d.end.low || d.end.high : $Number(d.end) !== 0) {
                        if ($util.Long)
                            m.end = $util.Long.fromValue(d.end, false);
                        else if (typeof d.end === "string")
                            m.end = $parseInt(d.end, 10);
                        else if (typeof d.end === "number")
                            m.end = d.end;
                        else if (typeof d.end === "object")
                            m.end = new $util.LongBits(d.end.low >>> 0, d.end.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SeriesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.SeriesRequest
             * @static
             * @param {querier.v1.SeriesRequest} m SeriesRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SeriesRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.matchers = [];
                    d.labelNames = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.start = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.start = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.end = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.end = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.matchers && m.matchers.length) {
                    d.matchers = $Array(m.matchers.length);
                    for (var j = 0; j < m.matchers.length; ++j) {
                        d.matchers[j] = m.matchers[j];
                    }
                }
                if (m.labelNames && m.labelNames.length) {
                    d.labelNames = $Array(m.labelNames.length);
                    for (var j = 0; j < m.labelNames.length; ++j) {
                        d.labelNames[j] = m.labelNames[j];
                    }
                }
                if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.start = typeof m.start === "number" ? $BigInt(m.start) : $util.Long.fromBits(m.start.low >>> 0, m.start.high >>> 0, false).toBigInt();
                    else if (typeof m.start === "number")
                        d.start = o.longs === $String ? $String(m.start) : m.start;
                    else
                        d.start = o.longs === $String ? $util.Long.prototype.toString.call(m.start) : o.longs === $Number ? new $util.LongBits(m.start.low >>> 0, m.start.high >>> 0).toNumber() : m.start;
                }
                if (m.end != null && $Object.hasOwnProperty.call(m, "end")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.end = typeof m.end === "number" ? $BigInt(m.end) : $util.Long.fromBits(m.end.low >>> 0, m.end.high >>> 0, false).toBigInt();
                    else if (typeof m.end === "number")
                        d.end = o.longs === $String ? $String(m.end) : m.end;
                    else
                        d.end = o.longs === $String ? $util.Long.prototype.toString.call(m.end) : o.longs === $Number ? new $util.LongBits(m.end.low >>> 0, m.end.high >>> 0).toNumber() : m.end;
                }
                return d;
            };

            /**
             * Converts this SeriesRequest to JSON.
             * @function toJSON
             * @memberof querier.v1.SeriesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SeriesRequest.prototype.toJSON = function() {
                return SeriesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SeriesRequest
             * @function getTypeUrl
             * @memberof querier.v1.SeriesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SeriesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SeriesRequest";
            };

            return SeriesRequest;
        })();

        v1.SeriesResponse = (function() {

            /**
             * Properties of a SeriesResponse.
             * @typedef {Object} querier.v1.SeriesResponse.$Properties
             * @property {Array.<types.v1.Labels.$Properties>|null} [labelsSet] SeriesResponse labelsSet
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SeriesResponse.
             * @memberof querier.v1
             * @interface ISeriesResponse
             * @augments querier.v1.SeriesResponse.$Properties
             * @deprecated Use querier.v1.SeriesResponse.$Properties instead.
             */

            /**
             * Shape of a SeriesResponse.
             * @typedef {querier.v1.SeriesResponse.$Properties} querier.v1.SeriesResponse.$Shape
             */

            /**
             * Constructs a new SeriesResponse.
             * @memberof querier.v1
             * @classdesc Represents a SeriesResponse.
             * @constructor
             * @param {querier.v1.SeriesResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SeriesResponse = function (p) {
                this.labelsSet = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SeriesResponse labelsSet.
             * @member {Array.<types.v1.Labels.$Properties>} labelsSet
             * @memberof querier.v1.SeriesResponse
             * @instance
             */
            SeriesResponse.prototype.labelsSet = $util.emptyArray;

            /**
             * Creates a new SeriesResponse instance using the specified properties.
             * @function create
             * @memberof querier.v1.SeriesResponse
             * @static
             * @param {querier.v1.SeriesResponse.$Properties=} [properties] Properties to set
             * @returns {querier.v1.SeriesResponse} SeriesResponse instance
             * @type {{
             *   (properties: querier.v1.SeriesResponse.$Shape): querier.v1.SeriesResponse & querier.v1.SeriesResponse.$Shape;
             *   (properties?: querier.v1.SeriesResponse.$Properties): querier.v1.SeriesResponse;
             * }}
             */
            SeriesResponse.create = function(properties) {
                return new SeriesResponse(properties);
            };

            /**
             * Encodes the specified SeriesResponse message. Does not implicitly {@link querier.v1.SeriesResponse.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SeriesResponse
             * @static
             * @param {querier.v1.SeriesResponse.$Properties} m SeriesResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SeriesResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.labelsSet != null && m.labelsSet.length) {
                    for (var i = 0; i < m.labelsSet.length; ++i)
                        $root.types.v1.Labels.encode(m.labelsSet[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SeriesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SeriesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.SeriesResponse & querier.v1.SeriesResponse.$Shape} SeriesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SeriesResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.querier.v1.SeriesResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.labelsSet && m.labelsSet.length))
                                m.labelsSet = [];
                            m.labelsSet.push($root.types.v1.Labels.decode(r, r.size(), $undefined, q + 1));
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
             * Creates a SeriesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.SeriesResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {querier.v1.SeriesResponse} SeriesResponse
             */
            SeriesResponse.fromObject = function (d, q) {
                if (d instanceof $root.querier.v1.SeriesResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".querier.v1.SeriesResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.querier.v1.SeriesResponse();
                if (d.labelsSet) {
                    if (!$Array.isArray(d.labelsSet))
                        throw $TypeError(".querier.v1.SeriesResponse.labelsSet: array expected");
                    m.labelsSet = $Array(d.labelsSet.length);
                    for (var i = 0; i < d.labelsSet.length; ++i) {
                        if (!$util.isObject(d.labelsSet[i]))
                            throw $TypeError(".querier.v1.SeriesResponse.labelsSet: object expected");
                        m.labelsSet[i] = $root.types.v1.Labels.fromObject(d.labelsSet[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SeriesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.SeriesResponse
             * @static
             * @param {querier.v1.SeriesResponse} m SeriesResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SeriesResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.labelsSet = [];
                }
                if (m.labelsSet && m.labelsSet.length) {
                    d.labelsSet = $Array(m.labelsSet.length);
                    for (var j = 0; j < m.labelsSet.length; ++j) {
                        d.labelsSet[j] = $root.types.v1.Labels.toObject(m.labelsSet[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this SeriesResponse to JSON.
             * @function toJSON
             * @memberof querier.v1.SeriesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SeriesResponse.prototype.toJSON = function() {
                return SeriesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SeriesResponse
             * @function getTypeUrl
             * @memberof querier.v1.SeriesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SeriesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SeriesResponse";
            };

            return SeriesResponse;
        })();

        /**
         * ProfileFormat enum.
         * @name querier.v1.ProfileFormat
         * @enum {number}
         * @property {number} PROFILE_FORMAT_UNSPECIFIED=0 PROFILE_FORMAT_UNSPECIFIED value
         * @property {number} PROFILE_FORMAT_FLAMEGRAPH=1 PROFILE_FORMAT_FLAMEGRAPH value
         * @property {number} PROFILE_FORMAT_TREE=2 PROFILE_FORMAT_TREE value
         * @property {number} PROFILE_FORMAT_DOT=3 PROFILE_FORMAT_DOT value
         * @property {number} PROFILE_FORMAT_PPROF=4 PROFILE_FORMAT_PPROF value
         */
        v1.ProfileFormat = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PROFILE_FORMAT_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PROFILE_FORMAT_FLAMEGRAPH"] = 1;
            values[valuesById[2] = "PROFILE_FORMAT_TREE"] = 2;
            values[valuesById[3] = "PROFILE_FORMAT_DOT"] = 3;
            values[valuesById[4] = "PROFILE_FORMAT_PPROF"] = 4;
            return values;
        })();

        v1.SelectMergeStacktracesRequest = (function() {

            /**
             * Properties of a SelectMergeStacktracesRequest.
             * @typedef {Object} querier.v1.SelectMergeStacktracesRequest.$Properties
             * @property {string|null} [profileTypeID] SelectMergeStacktracesRequest profileTypeID
             * @property {string|null} [labelSelector] SelectMergeStacktracesRequest labelSelector
             * @property {number|Long|null} [start] SelectMergeStacktracesRequest start
             * @property {number|Long|null} [end] SelectMergeStacktracesRequest end
             * @property {number|Long|null} [maxNodes] SelectMergeStacktracesRequest maxNodes
             * @property {querier.v1.ProfileFormat|null} [format] SelectMergeStacktracesRequest format
             * @property {types.v1.StackTraceSelector.$Properties|null} [stackTraceSelector] SelectMergeStacktracesRequest stackTraceSelector
             * @property {Array.<string>|null} [profileIdSelector] SelectMergeStacktracesRequest profileIdSelector
             * @property {Array.<string>|null} [traceIdSelector] SelectMergeStacktracesRequest traceIdSelector
             * @property {Array.<string>|null} [spanSelector] SelectMergeStacktracesRequest spanSelector
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SelectMergeStacktracesRequest.
             * @memberof querier.v1
             * @interface ISelectMergeStacktracesRequest
             * @augments querier.v1.SelectMergeStacktracesRequest.$Properties
             * @deprecated Use querier.v1.SelectMergeStacktracesRequest.$Properties instead.
             */

            /**
             * Shape of a SelectMergeStacktracesRequest.
             * @typedef {querier.v1.SelectMergeStacktracesRequest.$Properties} querier.v1.SelectMergeStacktracesRequest.$Shape
             */

            /**
             * Constructs a new SelectMergeStacktracesRequest.
             * @memberof querier.v1
             * @classdesc Represents a SelectMergeStacktracesRequest.
             * @constructor
             * @param {querier.v1.SelectMergeStacktracesRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SelectMergeStacktracesRequest = function (p) {
                this.profileIdSelector = [];
                this.traceIdSelector = [];
                this.spanSelector = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SelectMergeStacktracesRequest profileTypeID.
             * @member {string} profileTypeID
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.profileTypeID = "";

            /**
             * SelectMergeStacktracesRequest labelSelector.
             * @member {string} labelSelector
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.labelSelector = "";

            /**
             * SelectMergeStacktracesRequest start.
             * @member {number|Long} start
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SelectMergeStacktracesRequest end.
             * @member {number|Long} end
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SelectMergeStacktracesRequest maxNodes.
             * @member {number|Long|null|undefined} maxNodes
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.maxNodes = null;

            /**
             * SelectMergeStacktracesRequest format.
             * @member {querier.v1.ProfileFormat} format
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.format = 0;

            /**
             * SelectMergeStacktracesRequest stackTraceSelector.
             * @member {types.v1.StackTraceSelector.$Properties|null|undefined} stackTraceSelector
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.stackTraceSelector = null;

            /**
             * SelectMergeStacktracesRequest profileIdSelector.
             * @member {Array.<string>} profileIdSelector
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.profileIdSelector = $util.emptyArray;

            /**
             * SelectMergeStacktracesRequest traceIdSelector.
             * @member {Array.<string>} traceIdSelector
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.traceIdSelector = $util.emptyArray;

            /**
             * SelectMergeStacktracesRequest spanSelector.
             * @member {Array.<string>} spanSelector
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.spanSelector = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SelectMergeStacktracesRequest.prototype, "_maxNodes", {
                get: $util.oneOfGetter($oneOfFields = ["maxNodes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SelectMergeStacktracesRequest.prototype, "_stackTraceSelector", {
                get: $util.oneOfGetter($oneOfFields = ["stackTraceSelector"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SelectMergeStacktracesRequest instance using the specified properties.
             * @function create
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @static
             * @param {querier.v1.SelectMergeStacktracesRequest.$Properties=} [properties] Properties to set
             * @returns {querier.v1.SelectMergeStacktracesRequest} SelectMergeStacktracesRequest instance
             * @type {{
             *   (properties: querier.v1.SelectMergeStacktracesRequest.$Shape): querier.v1.SelectMergeStacktracesRequest & querier.v1.SelectMergeStacktracesRequest.$Shape;
             *   (properties?: querier.v1.SelectMergeStacktracesRequest.$Properties): querier.v1.SelectMergeStacktracesRequest;
             * }}
             */
            SelectMergeStacktracesRequest.create = function(properties) {
                return new SelectMergeStacktracesRequest(properties);
            };

            /**
             * Encodes the specified SelectMergeStacktracesRequest message. Does not implicitly {@link querier.v1.SelectMergeStacktracesRequest.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @static
             * @param {querier.v1.SelectMergeStacktracesRequest.$Properties} m SelectMergeStacktracesRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectMergeStacktracesRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.profileTypeID != null && $Object.hasOwnProperty.call(m, "profileTypeID") && m.profileTypeID !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.profileTypeID);
                if (m.labelSelector != null && $Object.hasOwnProperty.call(m, "labelSelector") && m.labelSelector !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.labelSelector);
                if (m.start != null && $Object.hasOwnProperty.call(m, "start") && (typeof m.start === "object" ? m.start.low || m.start.high : m.start !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.start);
                if (m.end != null && $Object.hasOwnProperty.call(m, "end") && (typeof m.end === "object" ? m.end.low || m.end.high : m.end !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.end);
                if (m.maxNodes != null && $Object.hasOwnProperty.call(m, "maxNodes"))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.maxNodes);
                if (m.format != null && $Object.hasOwnProperty.call(m, "format") && m.format !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).int32(m.format);
                if (m.stackTraceSelector != null && $Object.hasOwnProperty.call(m, "stackTraceSelector"))
                    $root.types.v1.StackTraceSelector.encode(m.stackTraceSelector, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (m.profileIdSelector != null && m.profileIdSelector.length) {
                    for (var i = 0; i < m.profileIdSelector.length; ++i)
                        w.uint32(/* id 8, wireType 2 =*/66).string(m.profileIdSelector[i]);
                }
                if (m.traceIdSelector != null && m.traceIdSelector.length) {
                    for (var i = 0; i < m.traceIdSelector.length; ++i)
                        w.uint32(/* id 10, wireType 2 =*/82).string(m.traceIdSelector[i]);
                }
                if (m.spanSelector != null && m.spanSelector.length) {
                    for (var i = 0; i < m.spanSelector.length; ++i)
                        w.uint32(/* id 11, wireType 2 =*/90).string(m.spanSelector[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SelectMergeStacktracesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.SelectMergeStacktracesRequest & querier.v1.SelectMergeStacktracesRequest.$Shape} SelectMergeStacktracesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectMergeStacktracesRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.querier.v1.SelectMergeStacktracesRequest();
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
                                m.profileTypeID = v;
                            else
                                delete m.profileTypeID;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.labelSelector = v;
                            else
                                delete m.labelSelector;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.start = v;
                            else
                                delete m.start;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.end = v;
                            else
                                delete m.end;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            m.maxNodes = r.int64();
                            m._maxNodes = "maxNodes";
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.format = v;
                            else
                                delete m.format;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.stackTraceSelector = $root.types.v1.StackTraceSelector.decode(r, r.size(), $undefined, q + 1, m.stackTraceSelector);
                            m._stackTraceSelector = "stackTraceSelector";
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if (!(m.profileIdSelector && m.profileIdSelector.length))
                                m.profileIdSelector = [];
                            m.profileIdSelector.push(r.stringVerify());
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if (!(m.traceIdSelector && m.traceIdSelector.length))
                                m.traceIdSelector = [];
                            m.traceIdSelector.push(r.stringVerify());
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if (!(m.spanSelector && m.spanSelector.length))
                                m.spanSelector = [];
                            m.spanSelector.push(r.stringVerify());
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
             * Creates a SelectMergeStacktracesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {querier.v1.SelectMergeStacktracesRequest} SelectMergeStacktracesRequest
             */
            SelectMergeStacktracesRequest.fromObject = function (d, q) {
                if (d instanceof $root.querier.v1.SelectMergeStacktracesRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".querier.v1.SelectMergeStacktracesRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.querier.v1.SelectMergeStacktracesRequest();
                if (d.profileTypeID != null) {
                    if (typeof d.profileTypeID !== "string" || d.profileTypeID.length) {
                        m.profileTypeID = $String(d.profileTypeID);
                    }
                }
                if (d.labelSelector != null) {
                    if (typeof d.labelSelector !== "string" || d.labelSelector.length) {
                        m.labelSelector = $String(d.labelSelector);
                    }
                }
                if (d.start != null) {
                    if (typeof d.start === "object" ? d.start.low || d.start.high : $Number(d.start) !== 0) {
                        if ($util.Long)
                            m.start = $util.Long.fromValue(d.start, false);
                        else if (typeof d.start === "string")
                            m.start = $parseInt(d.start, 10);
                        else if (typeof d.start === "number")
                            m.start = d.start;
                        else if (typeof d.start === "object")
                            m.start = new $util.LongBits(d.start.low >>> 0, d.start.high >>> 0).toNumber();
                    }
                }
                if (d.end != null) {
                    if (typeof d.end === "object" ? d.end.low || d.end.high : $Number(d.end) !== 0) {
                        if ($util.Long)
                            m.end = $util.Long.fromValue(d.end, false);
                        else if (typeof d.end === "string")
                            m.end = $parseInt(d.end, 10);
                        else if (typeof d.end === "number")
                            m.end = d.end;
                        else if (typeof d.end === "object")
                            m.end = new $util.LongBits(d.end.low >>> 0, d.end.high >>> 0).toNumber();
                    }
                }
                if (d.maxNodes != null) {
                    if ($util.Long)
                        m.maxNodes = $util.Long.fromValue(d.maxNodes, false);
                    else if (typeof d.maxNodes === "string")
                        m.maxNodes = $parseInt(d.maxNodes, 10);
                    else if (typeof d.maxNodes === "number")
                        m.maxNodes = d.maxNodes;
                    else if (typeof d.maxNodes === "object")
                        m.maxNodes = new $util.LongBits(d.maxNodes.low >>> 0, d.maxNodes.high >>> 0).toNumber();
                }
                if (d.format !== 0 && (typeof d.format !== "string" || $root.querier.v1.ProfileFormat[d.format] !== 0)) {
                    switch (d.format) {
                    case "PROFILE_FORMAT_UNSPECIFIED":
                    case 0:
                        m.format = 0;
                        break;
                    case "PROFILE_FORMAT_FLAMEGRAPH":
                    case 1:
                        m.format = 1;
                        break;
                    case "PROFILE_FORMAT_TREE":
                    case 2:
                        m.format = 2;
                        break;
                    case "PROFILE_FORMAT_DOT":
                    case 3:
                        m.format = 3;
                        break;
                    case "PROFILE_FORMAT_PPROF":
                    case 4:
                        m.format = 4;
                        break;
                    default:
                        if (typeof d.format === "number" && (d.format | 0) === d.format)
                            m.format = d.format;
                    }
                }
                if (d.stackTraceSelector != null) {
                    if (!$util.isObject(d.stackTraceSelector))
                        throw $TypeError(".querier.v1.SelectMergeStacktracesRequest.stackTraceSelector: object expected");
                    m.stackTraceSelector = $root.types.v1.StackTraceSelector.fromObject(d.stackTraceSelector, q + 1);
                }
                if (d.profileIdSelector) {
                    if (!$Array.isArray(d.profileIdSelector))
                        throw $TypeError(".querier.v1.SelectMergeStacktracesRequest.profileIdSelector: array expected");
                    m.profileIdSelector = $Array(d.profileIdSelector.length);
                    for (var i = 0; i < d.profileIdSelector.length; ++i) {
                        m.profileIdSelector[i] = $String(d.profileIdSelector[i]);
                    }
                }
                if (d.traceIdSelector) {
                    if (!$Array.isArray(d.traceIdSelector))
                        throw $TypeError(".querier.v1.SelectMergeStacktracesRequest.traceIdSelector: array expected");
                    m.traceIdSelector = $Array(d.traceIdSelector.length);
                    for (var i = 0; i < d.traceIdSelector.length; ++i) {
                        m.traceIdSelector[i] = $String(d.traceIdSelector[i]);
                    }
                }
                if (d.spanSelector) {
                    if (!$Array.isArray(d.spanSelector))
                        throw $TypeError(".querier.v1.SelectMergeStacktracesRequest.spanSelector: array expected");
                    m.spanSelector = $Array(d.spanSelector.length);
                    for (var i = 0; i < d.spanSelector.length; ++i) {
                        m.spanSelector[i] = $String(d.spanSelector[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SelectMergeStacktracesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @static
             * @param {querier.v1.SelectMergeStacktracesRequest} m SelectMergeStacktracesRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SelectMergeStacktracesRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.profileIdSelector = [];
                    d.traceIdSelector = [];
                    d.spanSelector = [];
                }
                if (o.defaults) {
                    d.profileTypeID = "";
                    d.labelSelector = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.start = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.start = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.end = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.end = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.format = o.enums === $String ? "PROFILE_FORMAT_UNSPECIFIED" : 0;
                }
                if (m.profileTypeID != null && $Object.hasOwnProperty.call(m, "profileTypeID")) {
                    d.profileTypeID = m.profileTypeID;
                }
                if (m.labelSelector != null && $Object.hasOwnProperty.call(m, "labelSelector")) {
                    d.labelSelector = m.labelSelector;
                }
                if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.start = typeof m.start === "number" ? $BigInt(m.start) : $util.Long.fromBits(m.start.low >>> 0, m.start.high >>> 0, false).toBigInt();
                    else if (typeof m.start === "number")
                        d.start = o.longs === $String ? $String(m.start) : m.start;
                    else
                        d.start = o.longs === $String ? $util.Long.prototype.toString.call(m.start) : o.longs === $Number ? new $util.LongBits(m.start.low >>> 0, m.start.high >>> 0).toNumber() : m.start;
                }
                if (m.end != null && $Object.hasOwnProperty.call(m, "end")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.end = typeof m.end === "number" ? $BigInt(m.end) : $util.Long.fromBits(m.end.low >>> 0, m.end.high >>> 0, false).toBigInt();
                    else if (typeof m.end === "number")
                        d.end = o.longs === $String ? $String(m.end) : m.end;
                    else
                        d.end = o.longs === $String ? $util.Long.prototype.toString.call(m.end) : o.longs === $Number ? new $util.LongBits(m.end.low >>> 0, m.end.high >>> 0).toNumber() : m.end;
                }
                if (m.maxNodes != null && $Object.hasOwnProperty.call(m, "maxNodes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.maxNodes = typeof m.maxNodes === "number" ? $BigInt(m.maxNodes) : $util.Long.fromBits(m.maxNodes.low >>> 0, m.maxNodes.high >>> 0, false).toBigInt();
                    else if (typeof m.maxNodes === "number")
                        d.maxNodes = o.longs === $String ? $String(m.maxNodes) : m.maxNodes;
                    else
                        d.maxNodes = o.longs === $String ? $util.Long.prototype.toString.call(m.maxNodes) : o.longs === $Number ? new $util.LongBits(m.maxNodes.low >>> 0, m.maxNodes.high >>> 0).toNumber() : m.maxNodes;
                }
                if (m.format != null && $Object.hasOwnProperty.call(m, "format")) {
                    d.format = o.enums === $String ? $root.querier.v1.ProfileFormat[m.format] === $undefined ? m.format : $root.querier.v1.ProfileFormat[m.format] : m.format;
                }
                if (m.stackTraceSelector != null && $Object.hasOwnProperty.call(m, "stackTraceSelector")) {
                    d.stackTraceSelector = $root.types.v1.StackTraceSelector.toObject(m.stackTraceSelector, o, q + 1);
                }
                if (m.profileIdSelector && m.profileIdSelector.length) {
                    d.profileIdSelector = $Array(m.profileIdSelector.length);
                    for (var j = 0; j < m.profileIdSelector.length; ++j) {
                        d.profileIdSelector[j] = m.profileIdSelector[j];
                    }
                }
                if (m.traceIdSelector && m.traceIdSelector.length) {
                    d.traceIdSelector = $Array(m.traceIdSelector.length);
                    for (var j = 0; j < m.traceIdSelector.length; ++j) {
                        d.traceIdSelector[j] = m.traceIdSelector[j];
                    }
                }
                if (m.spanSelector && m.spanSelector.length) {
                    d.spanSelector = $Array(m.spanSelector.length);
                    for (var j = 0; j < m.spanSelector.length; ++j) {
                        d.spanSelector[j] = m.spanSelector[j];
                    }
                }
                return d;
            };

            /**
             * Converts this SelectMergeStacktracesRequest to JSON.
             * @function toJSON
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SelectMergeStacktracesRequest.prototype.toJSON = function() {
                return SelectMergeStacktracesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SelectMergeStacktracesRequest
             * @function getTypeUrl
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SelectMergeStacktracesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SelectMergeStacktracesRequest";
            };

            return SelectMergeStacktracesRequest;
        })();

        v1.SelectMergeStacktracesResponse = (function() {

            /**
             * Properties of a SelectMergeStacktracesResponse.
             * @typedef {Object} querier.v1.SelectMergeStacktracesResponse.$Properties
             * @property {querier.v1.FlameGraph.$Properties|null} [flamegraph] SelectMergeStacktracesResponse flamegraph
             * @property {querier.v1.PprofProfile.$Properties|null} [pprof] SelectMergeStacktracesResponse pprof
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SelectMergeStacktracesResponse.
             * @memberof querier.v1
             * @interface ISelectMergeStacktracesResponse
             * @augments querier.v1.SelectMergeStacktracesResponse.$Properties
             * @deprecated Use querier.v1.SelectMergeStacktracesResponse.$Properties instead.
             */

            /**
             * Shape of a SelectMergeStacktracesResponse.
             * @typedef {querier.v1.SelectMergeStacktracesResponse.$Properties} querier.v1.SelectMergeStacktracesResponse.$Shape
             */

            /**
             * Constructs a new SelectMergeStacktracesResponse.
             * @memberof querier.v1
             * @classdesc Represents a SelectMergeStacktracesResponse.
             * @constructor
             * @param {querier.v1.SelectMergeStacktracesResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SelectMergeStacktracesResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SelectMergeStacktracesResponse flamegraph.
             * @member {querier.v1.FlameGraph.$Properties|null|undefined} flamegraph
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @instance
             */
            SelectMergeStacktracesResponse.prototype.flamegraph = null;

            /**
             * SelectMergeStacktracesResponse pprof.
             * @member {querier.v1.PprofProfile.$Properties|null|undefined} pprof
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @instance
             */
            SelectMergeStacktracesResponse.prototype.pprof = null;

            /**
             * Creates a new SelectMergeStacktracesResponse instance using the specified properties.
             * @function create
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @static
             * @param {querier.v1.SelectMergeStacktracesResponse.$Properties=} [properties] Properties to set
             * @returns {querier.v1.SelectMergeStacktracesResponse} SelectMergeStacktracesResponse instance
             * @type {{
             *   (properties: querier.v1.SelectMergeStacktracesResponse.$Shape): querier.v1.SelectMergeStacktracesResponse & querier.v1.SelectMergeStacktracesResponse.$Shape;
             *   (properties?: querier.v1.SelectMergeStacktracesResponse.$Properties): querier.v1.SelectMergeStacktracesResponse;
             * }}
             */
            SelectMergeStacktracesResponse.create = function(properties) {
                return new SelectMergeStacktracesResponse(properties);
            };

            /**
             * Encodes the specified SelectMergeStacktracesResponse message. Does not implicitly {@link querier.v1.SelectMergeStacktracesResponse.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @static
             * @param {querier.v1.SelectMergeStacktracesResponse.$Properties} m SelectMergeStacktracesResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectMergeStacktracesResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.flamegraph != null && $Object.hasOwnProperty.call(m, "flamegraph"))
                    $root.querier.v1.FlameGraph.encode(m.flamegraph, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.pprof != null && $Object.hasOwnProperty.call(m, "pprof"))
                    $root.querier.v1.PprofProfile.encode(m.pprof, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SelectMergeStacktracesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.SelectMergeStacktracesResponse & querier.v1.SelectMergeStacktracesResponse.$Shape} SelectMergeStacktracesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectMergeStacktracesResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.querier.v1.SelectMergeStacktracesResponse();
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
                            m.flamegraph = $root.querier.v1.FlameGraph.decode(r, r.size(), $undefined, q + 1, m.flamegraph);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.pprof = $root.querier.v1.PprofProfile.decode(r, r.size(), $undefined, q + 1, m.pprof);
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
             * Creates a SelectMergeStacktracesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {querier.v1.SelectMergeStacktracesResponse} SelectMergeStacktracesResponse
             */
            SelectMergeStacktracesResponse.fromObject = function (d, q) {
                if (d instanceof $root.querier.v1.SelectMergeStacktracesResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".querier.v1.SelectMergeStacktracesResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.querier.v1.SelectMergeStacktracesResponse();
                if (d.flamegraph != null) {
                    if (!$util.isObject(d.flamegraph))
                        throw $TypeError(".querier.v1.SelectMergeStacktracesResponse.flamegraph: object expected");
                    m.flamegraph = $root.querier.v1.FlameGraph.fromObject(d.flamegraph, q + 1);
                }
                if (d.pprof != null) {
                    if (!$util.isObject(d.pprof))
                        throw $TypeError(".querier.v1.SelectMergeStacktracesResponse.pprof: object expected");
                    m.pprof = $root.querier.v1.PprofProfile.fromObject(d.pprof, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a SelectMergeStacktracesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @static
             * @param {querier.v1.SelectMergeStacktracesResponse} m SelectMergeStacktracesResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SelectMergeStacktracesResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.flamegraph = null;
                    d.pprof = null;
                }
                if (m.flamegraph != null && $Object.hasOwnProperty.call(m, "flamegraph")) {
                    d.flamegraph = $root.querier.v1.FlameGraph.toObject(m.flamegraph, o, q + 1);
                }
                if (m.pprof != null && $Object.hasOwnProperty.call(m, "pprof")) {
                    d.pprof = $root.querier.v1.PprofProfile.toObject(m.pprof, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this SelectMergeStacktracesResponse to JSON.
             * @function toJSON
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SelectMergeStacktracesResponse.prototype.toJSON = function() {
                return SelectMergeStacktracesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SelectMergeStacktracesResponse
             * @function getTypeUrl
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SelectMergeStacktracesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SelectMergeStacktracesResponse";
            };

            return SelectMergeStacktracesResponse;
        })();

        v1.PprofProfile = (function() {

            /**
             * Properties of a PprofProfile.
             * @typedef {Object} querier.v1.PprofProfile.$Properties
             * @property {perftools.profiles.Profile.$Properties|null} [profile] PprofProfile profile
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PprofProfile.
             * @memberof querier.v1
             * @interface IPprofProfile
             * @augments querier.v1.PprofProfile.$Properties
             * @deprecated Use querier.v1.PprofProfile.$Properties instead.
             */

            /**
             * Shape of a PprofProfile.
             * @typedef {querier.v1.PprofProfile.$Properties} querier.v1.PprofProfile.$Shape
             */

            /**
             * Constructs a new PprofProfile.
             * @memberof querier.v1
             * @classdesc Represents a PprofProfile.
             * @constructor
             * @param {querier.v1.PprofProfile.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PprofProfile = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PprofProfile profile.
             * @member {perftools.profiles.Profile.$Properties|null|undefined} profile
             * @memberof querier.v1.PprofProfile
             * @instance
             */
            PprofProfile.prototype.profile = null;

            /**
             * Creates a new PprofProfile instance using the specified properties.
             * @function create
             * @memberof querier.v1.PprofProfile
             * @static
             * @param {querier.v1.PprofProfile.$Properties=} [properties] Properties to set
             * @returns {querier.v1.PprofProfile} PprofProfile instance
             * @type {{
             *   (properties: querier.v1.PprofProfile.$Shape): querier.v1.PprofProfile & querier.v1.PprofProfile.$Shape;
             *   (properties?: querier.v1.PprofProfile.$Properties): querier.v1.PprofProfile;
             * }}
             */
            PprofProfile.create = function(properties) {
                return new PprofProfile(properties);
            };

            /**
             * Encodes the specified PprofProfile message. Does not implicitly {@link querier.v1.PprofProfile.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.PprofProfile
             * @static
             * @param {querier.v1.PprofProfile.$Properties} m PprofProfile message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PprofProfile.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.profile != null && $Object.hasOwnProperty.call(m, "profile"))
                    $root.perftools.profiles.Profile.encode(m.profile, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PprofProfile message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.PprofProfile
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.PprofProfile & querier.v1.PprofProfile.$Shape} PprofProfile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PprofProfile.decode = function (r, l, z, q, g) {
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
                m = g || new $root.querier.v1.PprofProfile();
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
                            m.profile = $root.perftools.profiles.Profile.decode(r, r.size(), $undefined, q + 1, m.profile);
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
             * Creates a PprofProfile message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.PprofProfile
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {querier.v1.PprofProfile} PprofProfile
             */
            PprofProfile.fromObject = function (d, q) {
                if (d instanceof $root.querier.v1.PprofProfile)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".querier.v1.PprofProfile: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.querier.v1.PprofProfile();
                if (d.profile != null) {
                    if (!$util.isObject(d.profile))
                        throw $TypeError(".querier.v1.PprofProfile.profile: object expected");
                    m.profile = $root.perftools.profiles.Profile.fromObject(d.profile, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a PprofProfile message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.PprofProfile
             * @static
             * @param {querier.v1.PprofProfile} m PprofProfile
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PprofProfile.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.profile = null;
                }
                if (m.profile != null && $Object.hasOwnProperty.call(m, "profile")) {
                    d.profile = $root.perftools.profiles.Profile.toObject(m.profile, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this PprofProfile to JSON.
             * @function toJSON
             * @memberof querier.v1.PprofProfile
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PprofProfile.prototype.toJSON = function() {
                return PprofProfile.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PprofProfile
             * @function getTypeUrl
             * @memberof querier.v1.PprofProfile
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PprofProfile.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.PprofProfile";
            };

            return PprofProfile;
        })();

        v1.SelectMergeSpanProfileRequest = (function() {

            /**
             * Properties of a SelectMergeSpanProfileRequest.
             * @typedef {Object} querier.v1.SelectMergeSpanProfileRequest.$Properties
             * @property {string|null} [profileTypeID] SelectMergeSpanProfileRequest profileTypeID
             * @property {string|null} [labelSelector] SelectMergeSpanProfileRequest labelSelector
             * @property {Array.<string>|null} [spanSelector] SelectMergeSpanProfileRequest spanSelector
             * @property {number|Long|null} [start] SelectMergeSpanProfileRequest start
             * @property {number|Long|null} [end] SelectMergeSpanProfileRequest end
             * @property {number|Long|null} [maxNodes] SelectMergeSpanProfileRequest maxNodes
             * @property {querier.v1.ProfileFormat|null} [format] SelectMergeSpanProfileRequest format
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SelectMergeSpanProfileRequest.
             * @memberof querier.v1
             * @interface ISelectMergeSpanProfileRequest
             * @augments querier.v1.SelectMergeSpanProfileRequest.$Properties
             * @deprecated Use querier.v1.SelectMergeSpanProfileRequest.$Properties instead.
             */

            /**
             * Shape of a SelectMergeSpanProfileRequest.
             * @typedef {querier.v1.SelectMergeSpanProfileRequest.$Properties} querier.v1.SelectMergeSpanProfileRequest.$Shape
             */

            /**
             * Constructs a new SelectMergeSpanProfileRequest.
             * @memberof querier.v1
             * @classdesc Represents a SelectMergeSpanProfileRequest.
             * @constructor
             * @param {querier.v1.SelectMergeSpanProfileRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SelectMergeSpanProfileRequest = function (p) {
                this.spanSelector = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SelectMergeSpanProfileRequest profileTypeID.
             * @member {string} profileTypeID
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @instance
             */
            SelectMergeSpanProfileRequest.prototype.profileTypeID = "";

            /**
             * SelectMergeSpanProfileRequest labelSelector.
             * @member {string} labelSelector
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @instance
             */
            SelectMergeSpanProfileRequest.prototype.labelSelector = "";

            /**
             * SelectMergeSpanProfileRequest spanSelector.
             * @member {Array.<string>} spanSelector
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @instance
             */
            SelectMergeSpanProfileRequest.prototype.spanSelector = $util.emptyArray;

            /**
             * SelectMergeSpanProfileRequest start.
             * @member {number|Long} start
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @instance
             */
            SelectMergeSpanProfileRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SelectMergeSpanProfileRequest end.
             * @member {number|Long} end
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @instance
             */
            SelectMergeSpanProfileRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SelectMergeSpanProfileRequest maxNodes.
             * @member {number|Long|null|undefined} maxNodes
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @instance
             */
            SelectMergeSpanProfileRequest.prototype.maxNodes = null;

            /**
             * SelectMergeSpanProfileRequest format.
             * @member {querier.v1.ProfileFormat} format
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @instance
             */
            SelectMergeSpanProfileRequest.prototype.format = 0;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SelectMergeSpanProfileRequest.prototype, "_maxNodes", {
                get: $util.oneOfGetter($oneOfFields = ["maxNodes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SelectMergeSpanProfileRequest instance using the specified properties.
             * @function create
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @static
             * @param {querier.v1.SelectMergeSpanProfileRequest.$Properties=} [properties] Properties to set
             * @returns {querier.v1.SelectMergeSpanProfileRequest} SelectMergeSpanProfileRequest instance
             * @type {{
             *   (properties: querier.v1.SelectMergeSpanProfileRequest.$Shape): querier.v1.SelectMergeSpanProfileRequest & querier.v1.SelectMergeSpanProfileRequest.$Shape;
             *   (properties?: querier.v1.SelectMergeSpanProfileRequest.$Properties): querier.v1.SelectMergeSpanProfileRequest;
             * }}
             */
            SelectMergeSpanProfileRequest.create = function(properties) {
                return new SelectMergeSpanProfileRequest(properties);
            };

            /**
             * Encodes the specified SelectMergeSpanProfileRequest message. Does not implicitly {@link querier.v1.SelectMergeSpanProfileRequest.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @static
             * @param {querier.v1.SelectMergeSpanProfileRequest.$Properties} m SelectMergeSpanProfileRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectMergeSpanProfileRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.profileTypeID != null && $Object.hasOwnProperty.call(m, "profileTypeID") && m.profileTypeID !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.profileTypeID);
                if (m.labelSelector != null && $Object.hasOwnProperty.call(m, "labelSelector") && m.labelSelector !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.labelSelector);
                if (m.spanSelector != null && m.spanSelector.length) {
                    for (var i = 0; i < m.spanSelector.length; ++i)
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.spanSelector[i]);
                }
                if (m.start != null && $Object.hasOwnProperty.call(m, "start") && (typeof m.start === "object" ? m.start.low || m.start.high : m.start !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.start);
                if (m.end != null && $Object.hasOwnProperty.call(m, "end") && (typeof m.end === "object" ? m.end.low || m.end.high : m.end !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.end);
                if (m.maxNodes != null && $Object.hasOwnProperty.call(m, "maxNodes"))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.maxNodes);
                if (m.format != null && $Object.hasOwnProperty.call(m, "format") && m.format !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).int32(m.format);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SelectMergeSpanProfileRequest message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.SelectMergeSpanProfileRequest & querier.v1.SelectMergeSpanProfileRequest.$Shape} SelectMergeSpanProfileRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectMergeSpanProfileRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.querier.v1.SelectMergeSpanProfileRequest();
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
                                m.profileTypeID = v;
                            else
                                delete m.profileTypeID;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.labelSelector = v;
                            else
                                delete m.labelSelector;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.spanSelector && m.spanSelector.length))
                                m.spanSelector = [];
                            m.spanSelector.push(r.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.start = v;
                            else
                                delete m.start;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.end = v;
                            else
                                delete m.end;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            m.maxNodes = r.int64();
                            m._maxNodes = "maxNodes";
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.format = v;
                            else
                                delete m.format;
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
             * Creates a SelectMergeSpanProfileRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {querier.v1.SelectMergeSpanProfileRequest} SelectMergeSpanProfileRequest
             */
            SelectMergeSpanProfileRequest.fromObject = function (d, q) {
                if (d instanceof $root.querier.v1.SelectMergeSpanProfileRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".querier.v1.SelectMergeSpanProfileRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.querier.v1.SelectMergeSpanProfileRequest();
                if (d.profileTypeID != null) {
                    if (typeof d.profileTypeID !== "string" || d.profileTypeID.length) {
                        m.profileTypeID = $String(d.profileTypeID);
                    }
                }
                if (d.labelSelector != null) {
                    if (typeof d.labelSelector !== "string" || d.labelSelector.length) {
                        m.labelSelector = $String(d.labelSelector);
                    }
                }
                if (d.spanSelector) {
                    if (!$Array.isArray(d.spanSelector))
                        throw $TypeError(".querier.v1.SelectMergeSpanProfileRequest.spanSelector: array expected");
                    m.spanSelector = $Array(d.spanSelector.length);
                    for (var i = 0; i < d.spanSelector.length; ++i) {
                        m.spanSelector[i] = $String(d.spanSelector[i]);
                    }
                }
                if (d.start != null) {
                    if (typeof d.start === "object" ? d.start.low || d.start.high : $Number(d.start) !== 0) {
                        if ($util.Long)
                            m.start = $util.Long.fromValue(d.start, false);
                        else if (typeof d.start === "string")
                            m.start = $parseInt(d.start, 10);
                        else if (typeof d.start === "number")
                            m.start = d.start;
                        else if (typeof d.start === "object")
                            m.start = new $util.LongBits(d.start.low >>> 0, d.start.high >>> 0).toNumber();
                    }
                }
                if (d.end != null) {
                    if (typeof d.end === "object" ? d.end.low || d.end.high : $Number(d.end) !== 0) {
                        if ($util.Long)
                            m.end = $util.Long.fromValue(d.end, false);
                        else if (typeof d.end === "string")
                            m.end = $parseInt(d.end, 10);
                        else if (typeof d.end === "number")
                            m.end = d.end;
                        else if (typeof d.end === "object")
                            m.end = new $util.LongBits(d.end.low >>> 0, d.end.high >>> 0).toNumber();
                    }
                }
                if (d.maxNodes != null) {
                    if ($util.Long)
                        m.maxNodes = $util.Long.fromValue(d.maxNodes, false);
                    else if (typeof d.maxNodes === "string")
                        m.maxNodes = $parseInt(d.maxNodes, 10);
                    else if (typeof d.maxNodes === "number")
                        m.maxNodes = d.maxNodes;
                    else if (typeof d.maxNodes === "object")
                        m.maxNodes = new $util.LongBits(d.maxNodes.low >>> 0, d.maxNodes.high >>> 0).toNumber();
                }
                if (d.format !== 0 && (typeof d.format !== "string" || $root.querier.v1.ProfileFormat[d.format] !== 0)) {
                    switch (d.format) {
                    case "PROFILE_FORMAT_UNSPECIFIED":
                    case 0:
                        m.format = 0;
                        break;
                    case "PROFILE_FORMAT_FLAMEGRAPH":
                    case 1:
                        m.format = 1;
                        break;
                    case "PROFILE_FORMAT_TREE":
                    case 2:
                        m.format = 2;
                        break;
                    case "PROFILE_FORMAT_DOT":
                    case 3:
                        m.format = 3;
                        break;
                    case "PROFILE_FORMAT_PPROF":
                    case 4:
                        m.format = 4;
                        break;
                    default:
                        if (typeof d.format === "number" && (d.format | 0) === d.format)
                            m.format = d.format;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SelectMergeSpanProfileRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @static
             * @param {querier.v1.SelectMergeSpanProfileRequest} m SelectMergeSpanProfileRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SelectMergeSpanProfileRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.spanSelector = [];
                }
                if (o.defaults) {
                    d.profileTypeID = "";
                    d.labelSelector = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.start = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.start = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.end = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.end = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.format = o.enums === $String ? "PROFILE_FORMAT_UNSPECIFIED" : 0;
                }
                if (m.profileTypeID != null && $Object.hasOwnProperty.call(m, "profileTypeID")) {
                    d.profileTypeID = m.profileTypeID;
                }
                if (m.labelSelector != null && $Object.hasOwnProperty.call(m, "labelSelector")) {
                    d.labelSelector = m.labelSelector;
                }
                if (m.spanSelector && m.spanSelector.length) {
                    d.spanSelector = $Array(m.spanSelector.length);
                    for (var j = 0; j < m.spanSelector.length; ++j) {
                        d.spanSelector[j] = m.spanSelector[j];
                    }
                }
                if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.start = typeof m.start === "number" ? $BigInt(m.start) : $util.Long.fromBits(m.start.low >>> 0, m.start.high >>> 0, false).toBigInt();
                    else if (typeof m.start === "number")
                        d.start = o.longs === $String ? $String(m.start) : m.start;
                    else
                        d.start = o.longs === $String ? $util.Long.prototype.toString.call(m.start) : o.longs === $Number ? new $util.LongBits(m.start.low >>> 0, m.start.high >>> 0).toNumber() : m.start;
                }
                if (m.end != null && $Object.hasOwnProperty.call(m, "end")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.end = typeof m.end === "number" ? $BigInt(m.end) : $util.Long.fromBits(m.end.low >>> 0, m.end.high >>> 0, false).toBigInt();
                    else if (typeof m.end === "number")
                        d.end = o.longs === $String ? $String(m.end) : m.end;
                    else
                        d.end = o.longs === $String ? $util.Long.prototype.toString.call(m.end) : o.longs === $Number ? new $util.LongBits(m.end.low >>> 0, m.end.high >>> 0).toNumber() : m.end;
                }
                if (m.maxNodes != null && $Object.hasOwnProperty.call(m, "maxNodes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.maxNodes = typeof m.maxNodes === "number" ? $BigInt(m.maxNodes) : $util.Long.fromBits(m.maxNodes.low >>> 0, m.maxNodes.high >>> 0, false).toBigInt();
                    else if (typeof m.maxNodes === "number")
                        d.maxNodes = o.longs === $String ? $String(m.maxNodes) : m.maxNodes;
                    else
                        d.maxNodes = o.longs === $String ? $util.Long.prototype.toString.call(m.maxNodes) : o.longs === $Number ? new $util.LongBits(m.maxNodes.low >>> 0, m.maxNodes.high >>> 0).toNumber() : m.maxNodes;
                }
                if (m.format != null && $Object.hasOwnProperty.call(m, "format")) {
                    d.format = o.enums === $String ? $root.querier.v1.ProfileFormat[m.format] === $undefined ? m.format : $root.querier.v1.ProfileFormat[m.format] : m.format;
                }
                return d;
            };

            /**
             * Converts this SelectMergeSpanProfileRequest to JSON.
             * @function toJSON
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SelectMergeSpanProfileRequest.prototype.toJSON = function() {
                return SelectMergeSpanProfileRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SelectMergeSpanProfileRequest
             * @function getTypeUrl
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SelectMergeSpanProfileRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SelectMergeSpanProfileRequest";
            };

            return SelectMergeSpanProfileRequest;
        })();

        v1.SelectMergeSpanProfileResponse = (function() {

            /**
             * Properties of a SelectMergeSpanProfileResponse.
             * @typedef {Object} querier.v1.SelectMergeSpanProfileResponse.$Properties
             * @property {querier.v1.FlameGraph.$Properties|null} [flamegraph] SelectMergeSpanProfileResponse flamegraph
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SelectMergeSpanProfileResponse.
             * @memberof querier.v1
             * @interface ISelectMergeSpanProfileResponse
             * @augments querier.v1.SelectMergeSpanProfileResponse.$Properties
             * @deprecated Use querier.v1.SelectMergeSpanProfileResponse.$Properties instead.
             */

            /**
             * Shape of a SelectMergeSpanProfileResponse.
             * @typedef {querier.v1.SelectMergeSpanProfileResponse.$Properties} querier.v1.SelectMergeSpanProfileResponse.$Shape
             */

            /**
             * Constructs a new SelectMergeSpanProfileResponse.
             * @memberof querier.v1
             * @classdesc Represents a SelectMergeSpanProfileResponse.
             * @constructor
             * @param {querier.v1.SelectMergeSpanProfileResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SelectMergeSpanProfileResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SelectMergeSpanProfileResponse flamegraph.
             * @member {querier.v1.FlameGraph.$Properties|null|undefined} flamegraph
             * @memberof querier.v1.SelectMergeSpanProfileResponse
             * @instance
             */
            SelectMergeSpanProfileResponse.prototype.flamegraph = null;

            /**
             * Creates a new SelectMergeSpanProfileResponse instance using the specified properties.
             * @function create
             * @memberof querier.v1.SelectMergeSpanProfileResponse
             * @static
             * @param {querier.v1.SelectMergeSpanProfileResponse.$Properties=} [properties] Properties to set
             * @returns {querier.v1.SelectMergeSpanProfileResponse} SelectMergeSpanProfileResponse instance
             * @type {{
             *   (properties: querier.v1.SelectMergeSpanProfileResponse.$Shape): querier.v1.SelectMergeSpanProfileResponse & querier.v1.SelectMergeSpanProfileResponse.$Shape;
             *   (properties?: querier.v1.SelectMergeSpanProfileResponse.$Properties): querier.v1.SelectMergeSpanProfileResponse;
             * }}
             */
            SelectMergeSpanProfileResponse.create = function(properties) {
                return new SelectMergeSpanProfileResponse(properties);
            };

            /**
             * Encodes the specified SelectMergeSpanProfileResponse message. Does not implicitly {@link querier.v1.SelectMergeSpanProfileResponse.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SelectMergeSpanProfileResponse
             * @static
             * @param {querier.v1.SelectMergeSpanProfileResponse.$Properties} m SelectMergeSpanProfileResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectMergeSpanProfileResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.flamegraph != null && $Object.hasOwnProperty.call(m, "flamegraph"))
                    $root.querier.v1.FlameGraph.encode(m.flamegraph, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SelectMergeSpanProfileResponse message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SelectMergeSpanProfileResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.SelectMergeSpanProfileResponse & querier.v1.SelectMergeSpanProfileResponse.$Shape} SelectMergeSpanProfileResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectMergeSpanProfileResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.querier.v1.SelectMergeSpanProfileResponse();
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
                            m.flamegraph = $root.querier.v1.FlameGraph.decode(r, r.size(), $undefined, q + 1, m.flamegraph);
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
             * Creates a SelectMergeSpanProfileResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.SelectMergeSpanProfileResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {querier.v1.SelectMergeSpanProfileResponse} SelectMergeSpanProfileResponse
             */
            SelectMergeSpanProfileResponse.fromObject = function (d, q) {
                if (d instanceof $root.querier.v1.SelectMergeSpanProfileResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".querier.v1.SelectMergeSpanProfileResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.querier.v1.SelectMergeSpanProfileResponse();
                if (d.flamegraph != null) {
                    if (!$util.isObject(d.flamegraph))
                        throw $TypeError(".querier.v1.SelectMergeSpanProfileResponse.flamegraph: object expected");
                    m.flamegraph = $root.querier.v1.FlameGraph.fromObject(d.flamegraph, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a SelectMergeSpanProfileResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.SelectMergeSpanProfileResponse
             * @static
             * @param {querier.v1.SelectMergeSpanProfileResponse} m SelectMergeSpanProfileResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SelectMergeSpanProfileResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.flamegraph = null;
                }
                if (m.flamegraph != null && $Object.hasOwnProperty.call(m, "flamegraph")) {
                    d.flamegraph = $root.querier.v1.FlameGraph.toObject(m.flamegraph, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this SelectMergeSpanProfileResponse to JSON.
             * @function toJSON
             * @memberof querier.v1.SelectMergeSpanProfileResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SelectMergeSpanProfileResponse.prototype.toJSON = function() {
                return SelectMergeSpanProfileResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SelectMergeSpanProfileResponse
             * @function getTypeUrl
             * @memberof querier.v1.SelectMergeSpanProfileResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SelectMergeSpanProfileResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SelectMergeSpanProfileResponse";
            };

            return SelectMergeSpanProfileResponse;
        })();

        v1.FlameGraph = (function() {

            /**
             * Properties of a FlameGraph.
             * @typedef {Object} querier.v1.FlameGraph.$Properties
             * @property {Array.<string>|null} [names] FlameGraph names
             * @property {Array.<querier.v1.Level.$Properties>|null} [levels] FlameGraph levels
             * @property {number|Long|null} [total] FlameGraph total
             * @property {number|Long|null} [maxSelf] FlameGraph maxSelf
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FlameGraph.
             * @memberof querier.v1
             * @interface IFlameGraph
             * @augments querier.v1.FlameGraph.$Properties
             * @deprecated Use querier.v1.FlameGraph.$Properties instead.
             */

            /**
             * Shape of a FlameGraph.
             * @typedef {querier.v1.FlameGraph.$Properties} querier.v1.FlameGraph.$Shape
             */

            /**
             * Constructs a new FlameGraph.
             * @memberof querier.v1
             * @classdesc Represents a FlameGraph.
             * @constructor
             * @param {querier.v1.FlameGraph.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var FlameGraph = function (p) {
                this.names = [];
                this.levels = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * FlameGraph names.
             * @member {Array.<string>} names
             * @memberof querier.v1.FlameGraph
             * @instance
             */
            FlameGraph.prototype.names = $util.emptyArray;

            /**
             * FlameGraph levels.
             * @member {Array.<querier.v1.Level.$Properties>} levels
             * @memberof querier.v1.FlameGraph
             * @instance
             */
            FlameGraph.prototype.levels = $util.emptyArray;

            /**
             * FlameGraph total.
             * @member {number|Long} total
             * @memberof querier.v1.FlameGraph
             * @instance
             */
            FlameGraph.prototype.total = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FlameGraph maxSelf.
             * @member {number|Long} maxSelf
             * @memberof querier.v1.FlameGraph
             * @instance
             */
            FlameGraph.prototype.maxSelf = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new FlameGraph instance using the specified properties.
             * @function create
             * @memberof querier.v1.FlameGraph
             * @static
             * @param {querier.v1.FlameGraph.$Properties=} [properties] Properties to set
             * @returns {querier.v1.FlameGraph} FlameGraph instance
             * @type {{
             *   (properties: querier.v1.FlameGraph.$Shape): querier.v1.FlameGraph & querier.v1.FlameGraph.$Shape;
             *   (properties?: querier.v1.FlameGraph.$Properties): querier.v1.FlameGraph;
             * }}
             */
            FlameGraph.create = function(properties) {
                return new FlameGraph(properties);
            };

            /**
             * Encodes the specified FlameGraph message. Does not implicitly {@link querier.v1.FlameGraph.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.FlameGraph
             * @static
             * @param {querier.v1.FlameGraph.$Properties} m FlameGraph message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlameGraph.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.names != null && m.names.length) {
                    for (var i = 0; i < m.names.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.names[i]);
                }
                if (m.levels != null && m.levels.length) {
                    for (var i = 0; i < m.levels.length; ++i)
                        $root.querier.v1.Level.encode(m.levels[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.total != null && $Object.hasOwnProperty.call(m, "total") && (typeof m.total === "object" ? m.total.low || m.total.high : m.total !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.total);
                if (m.maxSelf != null && $Object.hasOwnProperty.call(m, "maxSelf") && (typeof m.maxSelf === "object" ? m.maxSelf.low || m.maxSelf.high : m.maxSelf !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.maxSelf);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a FlameGraph message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.FlameGraph
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.FlameGraph & querier.v1.FlameGraph.$Shape} FlameGraph
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlameGraph.decode = function (r, l, z, q, g) {
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
                m = g || new $root.querier.v1.FlameGraph();
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
                            if (!(m.names && m.names.length))
                                m.names = [];
                            m.names.push(r.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.levels && m.levels.length))
                                m.levels = [];
                            m.levels.push($root.querier.v1.Level.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.total = v;
                            else
                                delete m.total;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.maxSelf = v;
                            else
                                delete m.maxSelf;
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
             * Creates a FlameGraph message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.FlameGraph
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {querier.v1.FlameGraph} FlameGraph
             */
            FlameGraph.fromObject = function (d, q) {
                if (d instanceof $root.querier.v1.FlameGraph)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".querier.v1.FlameGraph: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.querier.v1.FlameGraph();
                if (d.names) {
                    if (!$Array.isArray(d.names))
                        throw $TypeError(".querier.v1.FlameGraph.names: array expected");
                    m.names = $Array(d.names.length);
                    for (var i = 0; i < d.names.length; ++i) {
                        m.names[i] = $String(d.names[i]);
                    }
                }
                if (d.levels) {
                    if (!$Array.isArray(d.levels))
                        throw $TypeError(".querier.v1.FlameGraph.levels: array expected");
                    m.levels = $Array(d.levels.length);
                    for (var i = 0; i < d.levels.length; ++i) {
                        if (!$util.isObject(d.levels[i]))
                            throw $TypeError(".querier.v1.FlameGraph.levels: object expected");
                        m.levels[i] = $root.querier.v1.Level.fromObject(d.levels[i], q + 1);
                    }
                }
                if (d.total != null) {
                    if (typeof d.total === "object" ? d.total.low || d.total.high : $Number(d.total) !== 0) {
                        if ($util.Long)
                            m.total = $util.Long.fromValue(d.total, false);
                        else if (typeof d.total === "string")
                            m.total = $parseInt(d.total, 10);
                        else if (typeof d.total === "number")
                            m.total = d.total;
                        else if (typeof d.total === "object")
                            m.total = new $util.LongBits(d.total.low >>> 0, d.total.high >>> 0).toNumber();
                    }
                }
                if (d.maxSelf != null) {
                    if (typeof d.maxSelf === "object" ? d.maxSelf.low || d.maxSelf.high : $Number(d.maxSelf) !== 0) {
                        if ($util.Long)
                            m.maxSelf = $util.Long.fromValue(d.maxSelf, false);
                        else if (typeof d.maxSelf === "string")
                            m.maxSelf = $parseInt(d.maxSelf, 10);
                        else if (typeof d.maxSelf === "number")
                            m.maxSelf = d.maxSelf;
                        else if (typeof d.maxSelf === "object")
                            m.maxSelf = new $util.LongBits(d.maxSelf.low >>> 0, d.maxSelf.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a FlameGraph message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.FlameGraph
             * @static
             * @param {querier.v1.FlameGraph} m FlameGraph
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FlameGraph.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.names = [];
                    d.levels = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.total = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.total = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.maxSelf = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.maxSelf = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.names && m.names.length) {
                    d.names = $Array(m.names.length);
                    for (var j = 0; j < m.names.length; ++j) {
                        d.names[j] = m.names[j];
                    }
                }
                if (m.levels && m.levels.length) {
                    d.levels = $Array(m.levels.length);
                    for (var j = 0; j < m.levels.length; ++j) {
                        d.levels[j] = $root.querier.v1.Level.toObject(m.levels[j], o, q + 1);
                    }
                }
                if (m.total != null && $Object.hasOwnProperty.call(m, "total")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.total = typeof m.total === "number" ? $BigInt(m.total) : $util.Long.fromBits(m.total.low >>> 0, m.total.high >>> 0, false).toBigInt();
                    else if (typeof m.total === "number")
                        d.total = o.longs === $String ? $String(m.total) : m.total;
                    else
                        d.total = o.longs === $String ? $util.Long.prototype.toString.call(m.total) : o.longs === $Number ? new $util.LongBits(m.total.low >>> 0, m.total.high >>> 0).toNumber() : m.total;
                }
                if (m.maxSelf != null && $Object.hasOwnProperty.call(m, "maxSelf")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.maxSelf = typeof m.maxSelf === "number" ? $BigInt(m.maxSelf) : $util.Long.fromBits(m.maxSelf.low >>> 0, m.maxSelf.high >>> 0, false).toBigInt();
                    else if (typeof m.maxSelf === "number")
                        d.maxSelf = o.longs === $String ? $String(m.maxSelf) : m.maxSelf;
                    else
                        d.maxSelf = o.longs === $String ? $util.Long.prototype.toString.call(m.maxSelf) : o.longs === $Number ? new $util.LongBits(m.maxSelf.low >>> 0, m.maxSelf.high >>> 0).toNumber() : m.maxSelf;
                }
                return d;
            };

            /**
             * Converts this FlameGraph to JSON.
             * @function toJSON
             * @memberof querier.v1.FlameGraph
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FlameGraph.prototype.toJSON = function() {
                return FlameGraph.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FlameGraph
             * @function getTypeUrl
             * @memberof querier.v1.FlameGraph
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FlameGraph.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.FlameGraph";
            };

            return FlameGraph;
        })();

        v1.FlameGraphDiff = (function() {

            /**
             * Properties of a FlameGraphDiff.
             * @typedef {Object} querier.v1.FlameGraphDiff.$Properties
             * @property {Array.<string>|null} [names] FlameGraphDiff names
             * @property {Array.<querier.v1.Level.$Properties>|null} [levels] FlameGraphDiff levels
             * @property {number|Long|null} [total] FlameGraphDiff total
             * @property {number|Long|null} [maxSelf] FlameGraphDiff maxSelf
             * @property {number|Long|null} [leftTicks] FlameGraphDiff leftTicks
             * @property {number|Long|null} [rightTicks] FlameGraphDiff rightTicks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FlameGraphDiff.
             * @memberof querier.v1
             * @interface IFlameGraphDiff
             * @augments querier.v1.FlameGraphDiff.$Properties
             * @deprecated Use querier.v1.FlameGraphDiff.$Properties instead.
             */

            /**
             * Shape of a FlameGraphDiff.
             * @typedef {querier.v1.FlameGraphDiff.$Properties} querier.v1.FlameGraphDiff.$Shape
             */

            /**
             * Constructs a new FlameGraphDiff.
             * @memberof querier.v1
             * @classdesc Represents a FlameGraphDiff.
             * @constructor
             * @param {querier.v1.FlameGraphDiff.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var FlameGraphDiff = function (p) {
                this.names = [];
                this.levels = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * FlameGraphDiff names.
             * @member {Array.<string>} names
             * @memberof querier.v1.FlameGraphDiff
             * @instance
             */
            FlameGraphDiff.prototype.names = $util.emptyArray;

            /**
             * FlameGraphDiff levels.
             * @member {Array.<querier.v1.Level.$Properties>} levels
             * @memberof querier.v1.FlameGraphDiff
             * @instance
             */
            FlameGraphDiff.prototype.levels = $util.emptyArray;

            /**
             * FlameGraphDiff total.
             * @member {number|Long} total
             * @memberof querier.v1.FlameGraphDiff
             * @instance
             */
            FlameGraphDiff.prototype.total = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FlameGraphDiff maxSelf.
             * @member {number|Long} maxSelf
             * @memberof querier.v1.FlameGraphDiff
             * @instance
             */
            FlameGraphDiff.prototype.maxSelf = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FlameGraphDiff leftTicks.
             * @member {number|Long} leftTicks
             * @memberof querier.v1.FlameGraphDiff
             * @instance
             */
            FlameGraphDiff.prototype.leftTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FlameGraphDiff rightTicks.
             * @member {number|Long} rightTicks
             * @memberof querier.v1.FlameGraphDiff
             * @instance
             */
            FlameGraphDiff.prototype.rightTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new FlameGraphDiff instance using the specified properties.
             * @function create
             * @memberof querier.v1.FlameGraphDiff
             * @static
             * @param {querier.v1.FlameGraphDiff.$Properties=} [properties] Properties to set
             * @returns {querier.v1.FlameGraphDiff} FlameGraphDiff instance
             * @type {{
             *   (properties: querier.v1.FlameGraphDiff.$Shape): querier.v1.FlameGraphDiff & querier.v1.FlameGraphDiff.$Shape;
             *   (properties?: querier.v1.FlameGraphDiff.$Properties): querier.v1.FlameGraphDiff;
             * }}
             */
            FlameGraphDiff.create = function(properties) {
                return new FlameGraphDiff(properties);
            };

            /**
             * Encodes the specified FlameGraphDiff message. Does not implicitly {@link querier.v1.FlameGraphDiff.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.FlameGraphDiff
             * @static
             * @param {querier.v1.FlameGraphDiff.$Properties} m FlameGraphDiff message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlameGraphDiff.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.names != null && m.names.length) {
                    for (var i = 0; i < m.names.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.names[i]);
                }
                if (m.levels != null && m.levels.length) {
                    for (var i = 0; i < m.levels.length; ++i)
                        $root.querier.v1.Level.encode(m.levels[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.total != null && $Object.hasOwnProperty.call(m, "total") && (typeof m.total === "object" ? m.total.low || m.total.high : m.total !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.total);
                if (m.maxSelf != null && $Object.hasOwnProperty.call(m, "maxSelf") && (typeof m.maxSelf === "object" ? m.maxSelf.low || m.maxSelf.high : m.maxSelf !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.maxSelf);
                if (m.leftTicks != null && $Object.hasOwnProperty.call(m, "leftTicks") && (typeof m.leftTicks === "object" ? m.leftTicks.low || m.leftTicks.high : m.leftTicks !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.leftTicks);
                if (m.rightTicks != null && $Object.hasOwnProperty.call(m, "rightTicks") && (typeof m.rightTicks === "object" ? m.rightTicks.low || m.rightTicks.high : m.rightTicks !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.rightTicks);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a FlameGraphDiff message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.FlameGraphDiff
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.FlameGraphDiff & querier.v1.FlameGraphDiff.$Shape} FlameGraphDiff
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlameGraphDiff.decode = function (r, l, z, q, g) {
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
                m = g || new $root.querier.v1.FlameGraphDiff();
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
                            if (!(m.names && m.names.length))
                                m.names = [];
                            m.names.push(r.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.levels && m.levels.length))
                                m.levels = [];
                            m.levels.push($root.querier.v1.Level.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.total = v;
                            else
                                delete m.total;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.maxSelf = v;
                            else
                                delete m.maxSelf;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.leftTicks = v;
                            else
                                delete m.leftTicks;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.rightTicks = v;
                            else
                                delete m.rightTicks;
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
             * Creates a FlameGraphDiff message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.FlameGraphDiff
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {querier.v1.FlameGraphDiff} FlameGraphDiff
             */
            FlameGraphDiff.fromObject = function (d, q) {
                if (d instanceof $root.querier.v1.FlameGraphDiff)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".querier.v1.FlameGraphDiff: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.querier.v1.FlameGraphDiff();
                if (d.names) {
                    if (!$Array.isArray(d.names))
                        throw $TypeError(".querier.v1.FlameGraphDiff.names: array expected");
                    m.names = $Array(d.names.length);
                    for (var i = 0; i < d.names.length; ++i) {
                        m.names[i] = $String(d.names[i]);
                    }
                }
                if (d.levels) {
                    if (!$Array.isArray(d.levels))
                        throw $TypeError(".querier.v1.FlameGraphDiff.levels: array expected");
                    m.levels = $Array(d.levels.length);
                    for (var i = 0; i < d.levels.length; ++i) {
                        if (!$util.isObject(d.levels[i]))
                            throw $TypeError(".querier.v1.FlameGraphDiff.levels: object expected");
                        m.levels[i] = $root.querier.v1.Level.fromObject(d.levels[i], q + 1);
                    }
                }
                if (d.total != null) {
                    if (typeof d.total === "object" ? d.total.low || d.total.high : $Number(d.total) !== 0) {
                        if ($util.Long)
                            m.total = $util.Long.fromValue(d.total, false);
                        else if (typeof d.total === "string")
                            m.total = $parseInt(d.total, 10);
                        else if (typeof d.total === "number")
                            m.total = d.total;
                        else if (typeof d.total === "object")
                            m.total = new $util.LongBits(d.total.low >>> 0, d.total.high >>> 0).toNumber();
                    }
                }
                if (d.maxSelf != null) {
                    if (typeof d.maxSelf === "object" ? d.maxSelf.low || d.maxSelf.high : $Number(d.maxSelf) !== 0) {
                        if ($util.Long)
                            m.maxSelf = $util.Long.fromValue(d.maxSelf, false);
                        else if (typeof d.maxSelf === "string")
                            m.maxSelf = $parseInt(d.maxSelf, 10);
                        else if (typeof d.maxSelf === "number")
                            m.maxSelf = d.maxSelf;
                        else if (typeof d.maxSelf === "object")
                            m.maxSelf = new $util.LongBits(d.maxSelf.low >>> 0, d.maxSelf.high >>> 0).toNumber();
                    }
                }
                if (d.leftTicks != null) {
                    if (typeof d.leftTicks === "object" ? d.leftTicks.low || d.leftTicks.high : $Number(d.leftTicks) !== 0) {
                        if ($util.Long)
                            m.leftTicks = $util.Long.fromValue(d.leftTicks, false);
                        else if (typeof d.leftTicks === "string")
                            m.leftTicks = $parseInt(d.leftTicks, 10);
                        else if (typeof d.leftTicks === "number")
                            m.leftTicks = d.leftTicks;
                        else if (typeof d.leftTicks === "object")
                            m.leftTicks = new $util.LongBits(d.leftTicks.low >>> 0, d.leftTicks.high >>> 0).toNumber();
                    }
                }
                if (d.rightTicks != null) {
                    if (typeof d.rightTicks === "object" ? d.rightTicks.low || d.rightTicks.high : $Number(d.rightTicks) !== 0) {
                        if ($util.Long)
                            m.rightTicks = $util.Long.fromValue(d.rightTicks, false);
                        else if (typeof d.rightTicks === "string")
                            m.rightTicks = $parseInt(d.rightTicks, 10);
                        else if (typeof d.rightTicks === "number")
                            m.rightTicks = d.rightTicks;
                        else if (typeof d.rightTicks === "object")
                            m.rightTicks = new $util.LongBits(d.rightTicks.low >>> 0, d.rightTicks.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a FlameGraphDiff message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.FlameGraphDiff
             * @static
             * @param {querier.v1.FlameGraphDiff} m FlameGraphDiff
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FlameGraphDiff.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.names = [];
                    d.levels = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.total = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.total = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.maxSelf = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.maxSelf = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.leftTicks = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.leftTicks = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.rightTicks = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.rightTicks = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.names && m.names.length) {
                    d.names = $Array(m.names.length);
                    for (var j = 0; j < m.names.length; ++j) {
                        d.names[j] = m.names[j];
                    }
                }
                if (m.levels && m.levels.length) {
                    d.levels = $Array(m.levels.length);
                    for (var j = 0; j < m.levels.length; ++j) {
                        d.levels[j] = $root.querier.v1.Level.toObject(m.levels[j], o, q + 1);
                    }
                }
                if (m.total != null && $Object.hasOwnProperty.call(m, "total")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.total = typeof m.total === "number" ? $BigInt(m.total) : $util.Long.fromBits(m.total.low >>> 0, m.total.high >>> 0, false).toBigInt();
                    else if (typeof m.total === "number")
                        d.total = o.longs === $String ? $String(m.total) : m.total;
                    else
                        d.total = o.longs === $String ? $util.Long.prototype.toString.call(m.total) : o.longs === $Number ? new $util.LongBits(m.total.low >>> 0, m.total.high >>> 0).toNumber() : m.total;
                }
                if (m.maxSelf != null && $Object.hasOwnProperty.call(m, "maxSelf")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.maxSelf = typeof m.maxSelf === "number" ? $BigInt(m.maxSelf) : $util.Long.fromBits(m.maxSelf.low >>> 0, m.maxSelf.high >>> 0, false).toBigInt();
                    else if (typeof m.maxSelf === "number")
                        d.maxSelf = o.longs === $String ? $String(m.maxSelf) : m.maxSelf;
                    else
                        d.maxSelf = o.longs === $String ? $util.Long.prototype.toString.call(m.maxSelf) : o.longs === $Number ? new $util.LongBits(m.maxSelf.low >>> 0, m.maxSelf.high >>> 0).toNumber() : m.maxSelf;
                }
                if (m.leftTicks != null && $Object.hasOwnProperty.call(m, "leftTicks")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.leftTicks = typeof m.leftTicks === "number" ? $BigInt(m.leftTicks) : $util.Long.fromBits(m.leftTicks.low >>> 0, m.leftTicks.high >>> 0, false).toBigInt();
                    else if (typeof m.leftTicks === "number")
                        d.leftTicks = o.longs === $String ? $String(m.leftTicks) : m.leftTicks;
                    else
                        d.leftTicks = o.longs === $String ? $util.Long.prototype.toString.call(m.leftTicks) : o.longs === $Number ? new $util.LongBits(m.leftTicks.low >>> 0, m.leftTicks.high >>> 0).toNumber() : m.leftTicks;
                }
                if (m.rightTicks != null && $Object.hasOwnProperty.call(m, "rightTicks")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.rightTicks = typeof m.rightTicks === "number" ? $BigInt(m.rightTicks) : $util.Long.fromBits(m.rightTicks.low >>> 0, m.rightTicks.high >>> 0, false).toBigInt();
                    else if (typeof m.rightTicks === "number")
                        d.rightTicks = o.longs === $String ? $String(m.rightTicks) : m.rightTicks;
                    else
                        d.rightTicks = o.longs === $String ? $util.Long.prototype.toString.call(m.rightTicks) : o.longs === $Number ? new $util.LongBits(m.rightTicks.low >>> 0, m.rightTicks.high >>> 0).toNumber() : m.rightTicks;
                }
                return d;
            };

            /**
             * Converts this FlameGraphDiff to JSON.
             * @function toJSON
             * @memberof querier.v1.FlameGraphDiff
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FlameGraphDiff.prototype.toJSON = function() {
                return FlameGraphDiff.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FlameGraphDiff
             * @function getTypeUrl
             * @memberof querier.v1.FlameGraphDiff
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FlameGraphDiff.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.FlameGraphDiff";
            };

            return FlameGraphDiff;
        })();

        v1.Level = (function() {

            /**
             * Properties of a Level.
             * @typedef {Object} querier.v1.Level.$Properties
             * @property {Array.<number|Long>|null} [values] Level values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Level.
             * @memberof querier.v1
             * @interface ILevel
             * @augments querier.v1.Level.$Properties
             * @deprecated Use querier.v1.Level.$Properties instead.
             */

            /**
             * Shape of a Level.
             * @typedef {querier.v1.Level.$Properties} querier.v1.Level.$Shape
             */

            /**
             * Constructs a new Level.
             * @memberof querier.v1
             * @classdesc Represents a Level.
             * @constructor
             * @param {querier.v1.Level.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Level = function (p) {
                this.values = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Level values.
             * @member {Array.<number|Long>} values
             * @memberof querier.v1.Level
             * @instance
             */
            Level.prototype.values = $util.emptyArray;

            /**
             * Creates a new Level instance using the specified properties.
             * @function create
             * @memberof querier.v1.Level
             * @static
             * @param {querier.v1.Level.$Properties=} [properties] Properties to set
             * @returns {querier.v1.Level} Level instance
             * @type {{
             *   (properties: querier.v1.Level.$Shape): querier.v1.Level & querier.v1.Level.$Shape;
             *   (properties?: querier.v1.Level.$Properties): querier.v1.Level;
             * }}
             */
            Level.create = function(properties) {
                return new Level(properties);
            };

            /**
             * Encodes the specified Level message. Does not implicitly {@link querier.v1.Level.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.Level
             * @static
             * @param {querier.v1.Level.$Properties} m Level message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Level.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.values != null && m.values.length) {
                    w.uint32(/* id 1, wireType 2 =*/10).int64s(m.values);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Level message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.Level
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.Level & querier.v1.Level.$Shape} Level
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Level.decode = function (r, l, z, q, g) {
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
                m = g || new $root.querier.v1.Level();
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
             * Creates a Level message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.Level
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {querier.v1.Level} Level
             */
            Level.fromObject = function (d, q) {
                if (d instanceof $root.querier.v1.Level)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".querier.v1.Level: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.querier.v1.Level();
                if (d.values) {
                    if (!$Array.isArray(d.values))
                        throw $TypeError(".querier.v1.Level.values: array expected");
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
                return m;
            };

            /**
             * Creates a plain object from a Level message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.Level
             * @static
             * @param {querier.v1.Level} m Level
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Level.toObject = function (m, o, q) {
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
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.values[j] = typeof m.values[j] === "number" ? $BigInt(m.values[j]) : $util.Long.fromBits(m.values[j].low >>> 0, m.values[j].high >>> 0, false).toBigInt();
                        else if (typeof m.values[j] === "number")
                            d.values[j] = o.longs === $String ? $String(m.values[j]) : m.values[j];
                        else
                            d.values[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.values[j]) : o.longs === $Number ? new $util.LongBits(m.values[j].low >>> 0, m.values[j].high >>> 0).toNumber() : m.values[j];
                    }
                }
                return d;
            };

            /**
             * Converts this Level to JSON.
             * @function toJSON
             * @memberof querier.v1.Level
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Level.prototype.toJSON = function() {
                return Level.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Level
             * @function getTypeUrl
             * @memberof querier.v1.Level
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Level.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.Level";
            };

            return Level;
        })();

        v1.DiffRequest = (function() {

            /**
             * Properties of a DiffRequest.
             * @typedef {Object} querier.v1.DiffRequest.$Properties
             * @property {querier.v1.SelectMergeStacktracesRequest.$Properties|null} [left] DiffRequest left
             * @property {querier.v1.SelectMergeStacktracesRequest.$Properties|null} [right] DiffRequest right
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DiffRequest.
             * @memberof querier.v1
             * @interface IDiffRequest
             * @augments querier.v1.DiffRequest.$Properties
             * @deprecated Use querier.v1.DiffRequest.$Properties instead.
             */

            /**
             * Shape of a DiffRequest.
             * @typedef {querier.v1.DiffRequest.$Properties} querier.v1.DiffRequest.$Shape
             */

            /**
             * Constructs a new DiffRequest.
             * @memberof querier.v1
             * @classdesc Represents a DiffRequest.
             * @constructor
             * @param {querier.v1.DiffRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DiffRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DiffRequest left.
             * @member {querier.v1.SelectMergeStacktracesRequest.$Properties|null|undefined} left
             * @memberof querier.v1.DiffRequest
             * @instance
             */
            DiffRequest.prototype.left = null;

            /**
             * DiffRequest right.
             * @member {querier.v1.SelectMergeStacktracesRequest.$Properties|null|undefined} right
             * @memberof querier.v1.DiffRequest
             * @instance
             */
            DiffRequest.prototype.right = null;

            /**
             * Creates a new DiffRequest instance using the specified properties.
             * @function create
             * @memberof querier.v1.DiffRequest
             * @static
             * @param {querier.v1.DiffRequest.$Properties=} [properties] Properties to set
             * @returns {querier.v1.DiffRequest} DiffRequest instance
             * @type {{
             *   (properties: querier.v1.DiffRequest.$Shape): querier.v1.DiffRequest & querier.v1.DiffRequest.$Shape;
             *   (properties?: querier.v1.DiffRequest.$Properties): querier.v1.DiffRequest;
             * }}
             */
            DiffRequest.create = function(properties) {
                return new DiffRequest(properties);
            };

            /**
             * Encodes the specified DiffRequest message. Does not implicitly {@link querier.v1.DiffRequest.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.DiffRequest
             * @static
             * @param {querier.v1.DiffRequest.$Properties} m DiffRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiffRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.left != null && $Object.hasOwnProperty.call(m, "left"))
                    $root.querier.v1.SelectMergeStacktracesRequest.encode(m.left, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.right != null && $Object.hasOwnProperty.call(m, "right"))
                    $root.querier.v1.SelectMergeStacktracesRequest.encode(m.right, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a DiffRequest message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.DiffRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.DiffRequest & querier.v1.DiffRequest.$Shape} DiffRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiffRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.querier.v1.DiffRequest();
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
                            m.left = $root.querier.v1.SelectMergeStacktracesRequest.decode(r, r.size(), $undefined, q + 1, m.left);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.right = $root.querier.v1.SelectMergeStacktracesRequest.decode(r, r.size(), $undefined, q + 1, m.right);
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
             * Creates a DiffRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.DiffRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {querier.v1.DiffRequest} DiffRequest
             */
            DiffRequest.fromObject = function (d, q) {
                if (d instanceof $root.querier.v1.DiffRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".querier.v1.DiffRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.querier.v1.DiffRequest();
                if (d.left != null) {
                    if (!$util.isObject(d.left))
                        throw $TypeError(".querier.v1.DiffRequest.left: object expected");
                    m.left = $root.querier.v1.SelectMergeStacktracesRequest.fromObject(d.left, q + 1);
                }
                if (d.right != null) {
                    if (!$util.isObject(d.right))
                        throw $TypeError(".querier.v1.DiffRequest.right: object expected");
                    m.right = $root.querier.v1.SelectMergeStacktracesRequest.fromObject(d.right, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a DiffRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.DiffRequest
             * @static
             * @param {querier.v1.DiffRequest} m DiffRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DiffRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.left = null;
                    d.right = null;
                }
                if (m.left != null && $Object.hasOwnProperty.call(m, "left")) {
                    d.left = $root.querier.v1.SelectMergeStacktracesRequest.toObject(m.left, o, q + 1);
                }
                if (m.right != null && $Object.hasOwnProperty.call(m, "right")) {
                    d.right = $root.querier.v1.SelectMergeStacktracesRequest.toObject(m.right, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this DiffRequest to JSON.
             * @function toJSON
             * @memberof querier.v1.DiffRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DiffRequest.prototype.toJSON = function() {
                return DiffRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DiffRequest
             * @function getTypeUrl
             * @memberof querier.v1.DiffRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DiffRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.DiffRequest";
            };

            return DiffRequest;
        })();

        v1.DiffResponse = (function() {

            /**
             * Properties of a DiffResponse.
             * @typedef {Object} querier.v1.DiffResponse.$Properties
             * @property {querier.v1.FlameGraphDiff.$Properties|null} [flamegraph] DiffResponse flamegraph
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DiffResponse.
             * @memberof querier.v1
             * @interface IDiffResponse
             * @augments querier.v1.DiffResponse.$Properties
             * @deprecated Use querier.v1.DiffResponse.$Properties instead.
             */

            /**
             * Shape of a DiffResponse.
             * @typedef {querier.v1.DiffResponse.$Properties} querier.v1.DiffResponse.$Shape
             */

            /**
             * Constructs a new DiffResponse.
             * @memberof querier.v1
             * @classdesc Represents a DiffResponse.
             * @constructor
             * @param {querier.v1.DiffResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DiffResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DiffResponse flamegraph.
             * @member {querier.v1.FlameGraphDiff.$Properties|null|undefined} flamegraph
             * @memberof querier.v1.DiffResponse
             * @instance
             */
            DiffResponse.prototype.flamegraph = null;

            /**
             * Creates a new DiffResponse instance using the specified properties.
             * @function create
             * @memberof querier.v1.DiffResponse
             * @static
             * @param {querier.v1.DiffResponse.$Properties=} [properties] Properties to set
             * @returns {querier.v1.DiffResponse} DiffResponse instance
             * @type {{
             *   (properties: querier.v1.DiffResponse.$Shape): querier.v1.DiffResponse & querier.v1.DiffResponse.$Shape;
             *   (properties?: querier.v1.DiffResponse.$Properties): querier.v1.DiffResponse;
             * }}
             */
            DiffResponse.create = function(properties) {
                return new DiffResponse(properties);
            };

            /**
             * Encodes the specified DiffResponse message. Does not implicitly {@link querier.v1.DiffResponse.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.DiffResponse
             * @static
             * @param {querier.v1.DiffResponse.$Properties} m DiffResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiffResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.flamegraph != null && $Object.hasOwnProperty.call(m, "flamegraph"))
                    $root.querier.v1.FlameGraphDiff.encode(m.flamegraph, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a DiffResponse message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.DiffResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.DiffResponse & querier.v1.DiffResponse.$Shape} DiffResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiffResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.querier.v1.DiffResponse();
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
                            m.flamegraph = $root.querier.v1.FlameGraphDiff.decode(r, r.size(), $undefined, q + 1, m.flamegraph);
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
             * Creates a DiffResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.DiffResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {querier.v1.DiffResponse} DiffResponse
             */
            DiffResponse.fromObject = function (d, q) {
                if (d instanceof $root.querier.v1.DiffResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".querier.v1.DiffResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.querier.v1.DiffResponse();
                if (d.flamegraph != null) {
                    if (!$util.isObject(d.flamegraph))
                        throw $TypeError(".querier.v1.DiffResponse.flamegraph: object expected");
                    m.flamegraph = $root.querier.v1.FlameGraphDiff.fromObject(d.flamegraph, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a DiffResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.DiffResponse
             * @static
             * @param {querier.v1.DiffResponse} m DiffResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DiffResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.flamegraph = null;
                }
                if (m.flamegraph != null && $Object.hasOwnProperty.call(m, "flamegraph")) {
                    d.flamegraph = $root.querier.v1.FlameGraphDiff.toObject(m.flamegraph, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this DiffResponse to JSON.
             * @function toJSON
             * @memberof querier.v1.DiffResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DiffResponse.prototype.toJSON = function() {
                return DiffResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DiffResponse
             * @function getTypeUrl
             * @memberof querier.v1.DiffResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DiffResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.DiffResponse";
            };

            return DiffResponse;
        })();

        v1.SelectMergeProfileRequest = (function() {

            /**
             * Properties of a SelectMergeProfileRequest.
             * @typedef {Object} querier.v1.SelectMergeProfileRequest.$Properties
             * @property {string|null} [profileTypeID] SelectMergeProfileRequest profileTypeID
             * @property {string|null} [labelSelector] SelectMergeProfileRequest labelSelector
             * @property {number|Long|null} [start] SelectMergeProfileRequest start
             * @property {number|Long|null} [end] SelectMergeProfileRequest end
             * @property {number|Long|null} [maxNodes] SelectMergeProfileRequest maxNodes
             * @property {types.v1.StackTraceSelector.$Properties|null} [stackTraceSelector] SelectMergeProfileRequest stackTraceSelector
             * @property {Array.<string>|null} [profileIdSelector] SelectMergeProfileRequest profileIdSelector
             * @property {Array.<string>|null} [traceIdSelector] SelectMergeProfileRequest traceIdSelector
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SelectMergeProfileRequest.
             * @memberof querier.v1
             * @interface ISelectMergeProfileRequest
             * @augments querier.v1.SelectMergeProfileRequest.$Properties
             * @deprecated Use querier.v1.SelectMergeProfileRequest.$Properties instead.
             */

            /**
             * Shape of a SelectMergeProfileRequest.
             * @typedef {querier.v1.SelectMergeProfileRequest.$Properties} querier.v1.SelectMergeProfileRequest.$Shape
             */

            /**
             * Constructs a new SelectMergeProfileRequest.
             * @memberof querier.v1
             * @classdesc Represents a SelectMergeProfileRequest.
             * @constructor
             * @param {querier.v1.SelectMergeProfileRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SelectMergeProfileRequest = function (p) {
                this.profileIdSelector = [];
                this.traceIdSelector = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SelectMergeProfileRequest profileTypeID.
             * @member {string} profileTypeID
             * @memberof querier.v1.SelectMergeProfileRequest
             * @instance
             */
            SelectMergeProfileRequest.prototype.profileTypeID = "";

            /**
             * SelectMergeProfileRequest labelSelector.
             * @member {string} labelSelector
             * @memberof querier.v1.SelectMergeProfileRequest
             * @instance
             */
            SelectMergeProfileRequest.prototype.labelSelector = "";

            /**
             * SelectMergeProfileRequest start.
             * @member {number|Long} start
             * @memberof querier.v1.SelectMergeProfileRequest
             * @instance
             */
            SelectMergeProfileRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SelectMergeProfileRequest end.
             * @member {number|Long} end
             * @memberof querier.v1.SelectMergeProfileRequest
             * @instance
             */
            SelectMergeProfileRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SelectMergeProfileRequest maxNodes.
             * @member {number|Long|null|undefined} maxNodes
             * @memberof querier.v1.SelectMergeProfileRequest
             * @instance
             */
            SelectMergeProfileRequest.prototype.maxNodes = null;

            /**
             * SelectMergeProfileRequest stackTraceSelector.
             * @member {types.v1.StackTraceSelector.$Properties|null|undefined} stackTraceSelector
             * @memberof querier.v1.SelectMergeProfileRequest
             * @instance
             */
            SelectMergeProfileRequest.prototype.stackTraceSelector = null;

            /**
             * SelectMergeProfileRequest profileIdSelector.
             * @member {Array.<string>} profileIdSelector
             * @memberof querier.v1.SelectMergeProfileRequest
             * @instance
             */
            SelectMergeProfileRequest.prototype.profileIdSelector = $util.emptyArray;

            /**
             * SelectMergeProfileRequest traceIdSelector.
             * @member {Array.<string>} traceIdSelector
             * @memberof querier.v1.SelectMergeProfileRequest
             * @instance
             */
            SelectMergeProfileRequest.prototype.traceIdSelector = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SelectMergeProfileRequest.prototype, "_maxNodes", {
                get: $util.oneOfGetter($oneOfFields = ["maxNodes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SelectMergeProfileRequest.prototype, "_stackTraceSelector", {
                get: $util.oneOfGetter($oneOfFields = ["stackTraceSelector"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SelectMergeProfileRequest instance using the specified properties.
             * @function create
             * @memberof querier.v1.SelectMergeProfileRequest
             * @static
             * @param {querier.v1.SelectMergeProfileRequest.$Properties=} [properties] Properties to set
             * @returns {querier.v1.SelectMergeProfileRequest} SelectMergeProfileRequest instance
             * @type {{
             *   (properties: querier.v1.SelectMergeProfileRequest.$Shape): querier.v1.SelectMergeProfileRequest & querier.v1.SelectMergeProfileRequest.$Shape;
             *   (properties?: querier.v1.SelectMergeProfileRequest.$Properties): querier.v1.SelectMergeProfileRequest;
             * }}
             */
            SelectMergeProfileRequest.create = function(properties) {
                return new SelectMergeProfileRequest(properties);
            };

            /**
             * Encodes the specified SelectMergeProfileRequest message. Does not implicitly {@link querier.v1.SelectMergeProfileRequest.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SelectMergeProfileRequest
             * @static
             * @param {querier.v1.SelectMergeProfileRequest.$Properties} m SelectMergeProfileRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectMergeProfileRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.profileTypeID != null && $Object.hasOwnProperty.call(m, "profileTypeID") && m.profileTypeID !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.profileTypeID);
                if (m.labelSelector != null && $Object.hasOwnProperty.call(m, "labelSelector") && m.labelSelector !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.labelSelector);
                if (m.start != null && $Object.hasOwnProperty.call(m, "start") && (typeof m.start === "object" ? m.start.low || m.start.high : m.start !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.start);
                if (m.end != null && $Object.hasOwnProperty.call(m, "end") && (typeof m.end === "object" ? m.end.low || m.end.high : m.end !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.end);
                if (m.maxNodes != null && $Object.hasOwnProperty.call(m, "maxNodes"))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.maxNodes);
                if (m.stackTraceSelector != null && $Object.hasOwnProperty.call(m, "stackTraceSelector"))
                    $root.types.v1.StackTraceSelector.encode(m.stackTraceSelector, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.profileIdSelector != null && m.profileIdSelector.length) {
                    for (var i = 0; i < m.profileIdSelector.length; ++i)
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.profileIdSelector[i]);
                }
                if (m.traceIdSelector != null && m.traceIdSelector.length) {
                    for (var i = 0; i < m.traceIdSelector.length; ++i)
                        w.uint32(/* id 8, wireType 2 =*/66).string(m.traceIdSelector[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SelectMergeProfileRequest message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SelectMergeProfileRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.SelectMergeProfileRequest & querier.v1.SelectMergeProfileRequest.$Shape} SelectMergeProfileRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectMergeProfileRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.querier.v1.SelectMergeProfileRequest();
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
                                m.profileTypeID = v;
                            else
                                delete m.profileTypeID;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.labelSelector = v;
                            else
                                delete m.labelSelector;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.start = v;
                            else
                                delete m.start;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.end = v;
                            else
                                delete m.end;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            m.maxNodes = r.int64();
                            m._maxNodes = "maxNodes";
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.stackTraceSelector = $root.types.v1.StackTraceSelector.decode(r, r.size(), $undefined, q + 1, m.stackTraceSelector);
                            m._stackTraceSelector = "stackTraceSelector";
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.profileIdSelector && m.profileIdSelector.length))
                                m.profileIdSelector = [];
                            m.profileIdSelector.push(r.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if (!(m.traceIdSelector && m.traceIdSelector.length))
                                m.traceIdSelector = [];
                            m.traceIdSelector.push(r.stringVerify());
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
             * Creates a SelectMergeProfileRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.SelectMergeProfileRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {querier.v1.SelectMergeProfileRequest} SelectMergeProfileRequest
             */
            SelectMergeProfileRequest.fromObject = function (d, q) {
                if (d instanceof $root.querier.v1.SelectMergeProfileRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".querier.v1.SelectMergeProfileRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.querier.v1.SelectMergeProfileRequest();
                if (d.profileTypeID != null) {
                    if (typeof d.profileTypeID !== "string" || d.profileTypeID.length) {
                        m.profileTypeID = $String(d.profileTypeID);
                    }
                }
                if (d.labelSelector != null) {
                    if (typeof d.labelSelector !== "string" || d.labelSelector.length) {
                        m.labelSelector = $String(d.labelSelector);
                    }
                }
                if (d.start != null) {
                    if (typeof d.start === "object" ? d.start.low || d.start.high : $Number(d.start) !== 0) {
                        if ($util.Long)
                            m.start = $util.Long.fromValue(d.start, false);
                        else if (typeof d.start === "string")
                            m.start = $parseInt(d.start, 10);
                        else if (typeof d.start === "number")
                            m.start = d.start;
                        else if (typeof d.start === "object")
                            m.start = new $util.LongBits(d.start.low >>> 0, d.start.high >>> 0).toNumber();
                    }
                }
                if (d.end != null) {
                    if (typeof d.end === "object" ? d.end.low || d.end.high : $Number(d.end) !== 0) {
                        if ($util.Long)
                            m.end = $util.Long.fromValue(d.end, false);
                        else if (typeof d.end === "string")
                            m.end = $parseInt(d.end, 10);
                        else if (typeof d.end === "number")
                            m.end = d.end;
                        else if (typeof d.end === "object")
                            m.end = new $util.LongBits(d.end.low >>> 0, d.end.high >>> 0).toNumber();
                    }
                }
                if (d.maxNodes != null) {
                    if ($util.Long)
                        m.maxNodes = $util.Long.fromValue(d.maxNodes, false);
                    else if (typeof d.maxNodes === "string")
                        m.maxNodes = $parseInt(d.maxNodes, 10);
                    else if (typeof d.maxNodes === "number")
                        m.maxNodes = d.maxNodes;
                    else if (typeof d.maxNodes === "object")
                        m.maxNodes = new $util.LongBits(d.maxNodes.low >>> 0, d.maxNodes.high >>> 0).toNumber();
                }
                if (d.stackTraceSelector != null) {
                    if (!$util.isObject(d.stackTraceSelector))
                        throw $TypeError(".querier.v1.SelectMergeProfileRequest.stackTraceSelector: object expected");
                    m.stackTraceSelector = $root.types.v1.StackTraceSelector.fromObject(d.stackTraceSelector, q + 1);
                }
                if (d.profileIdSelector) {
                    if (!$Array.isArray(d.profileIdSelector))
                        throw $TypeError(".querier.v1.SelectMergeProfileRequest.profileIdSelector: array expected");
                    m.profileIdSelector = $Array(d.profileIdSelector.length);
                    for (var i = 0; i < d.profileIdSelector.length; ++i) {
                        m.profileIdSelector[i] = $String(d.profileIdSelector[i]);
                    }
                }
                if (d.traceIdSelector) {
                    if (!$Array.isArray(d.traceIdSelector))
                        throw $TypeError(".querier.v1.SelectMergeProfileRequest.traceIdSelector: array expected");
                    m.traceIdSelector = $Array(d.traceIdSelector.length);
                    for (var i = 0; i < d.traceIdSelector.length; ++i) {
                        m.traceIdSelector[i] = $String(d.traceIdSelector[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SelectMergeProfileRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.SelectMergeProfileRequest
             * @static
             * @param {querier.v1.SelectMergeProfileRequest} m SelectMergeProfileRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SelectMergeProfileRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.profileIdSelector = [];
                    d.traceIdSelector = [];
                }
                if (o.defaults) {
                    d.profileTypeID = "";
                    d.labelSelector = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.start = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.start = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.end = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.end = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.profileTypeID != null && $Object.hasOwnProperty.call(m, "profileTypeID")) {
                    d.profileTypeID = m.profileTypeID;
                }
                if (m.labelSelector != null && $Object.hasOwnProperty.call(m, "labelSelector")) {
                    d.labelSelector = m.labelSelector;
                }
                if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.start = typeof m.start === "number" ? $BigInt(m.start) : $util.Long.fromBits(m.start.low >>> 0, m.start.high >>> 0, false).toBigInt();
                    else if (typeof m.start === "number")
                        d.start = o.longs === $String ? $String(m.start) : m.start;
                    else
                        d.start = o.longs === $String ? $util.Long.prototype.toString.call(m.start) : o.longs === $Number ? new $util.LongBits(m.start.low >>> 0, m.start.high >>> 0).toNumber() : m.start;
                }
                if (m.end != null && $Object.hasOwnProperty.call(m, "end")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.end = typeof m.end === "number" ? $BigInt(m.end) : $util.Long.fromBits(m.end.low >>> 0, m.end.high >>> 0, false).toBigInt();
                    else if (typeof m.end === "number")
                        d.end = o.longs === $String ? $String(m.end) : m.end;
                    else
                        d.end = o.longs === $String ? $util.Long.prototype.toString.call(m.end) : o.longs === $Number ? new $util.LongBits(m.end.low >>> 0, m.end.high >>> 0).toNumber() : m.end;
                }
                if (m.maxNodes != null && $Object.hasOwnProperty.call(m, "maxNodes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.maxNodes = typeof m.maxNodes === "number" ? $BigInt(m.maxNodes) : $util.Long.fromBits(m.maxNodes.low >>> 0, m.maxNodes.high >>> 0, false).toBigInt();
                    else if (typeof m.maxNodes === "number")
                        d.maxNodes = o.longs === $String ? $String(m.maxNodes) : m.maxNodes;
                    else
                        d.maxNodes = o.longs === $String ? $util.Long.prototype.toString.call(m.maxNodes) : o.longs === $Number ? new $util.LongBits(m.maxNodes.low >>> 0, m.maxNodes.high >>> 0).toNumber() : m.maxNodes;
                }
                if (m.stackTraceSelector != null && $Object.hasOwnProperty.call(m, "stackTraceSelector")) {
                    d.stackTraceSelector = $root.types.v1.StackTraceSelector.toObject(m.stackTraceSelector, o, q + 1);
                }
                if (m.profileIdSelector && m.profileIdSelector.length) {
                    d.profileIdSelector = $Array(m.profileIdSelector.length);
                    for (var j = 0; j < m.profileIdSelector.length; ++j) {
                        d.profileIdSelector[j] = m.profileIdSelector[j];
                    }
                }
                if (m.traceIdSelector && m.traceIdSelector.length) {
                    d.traceIdSelector = $Array(m.traceIdSelector.length);
                    for (var j = 0; j < m.traceIdSelector.length; ++j) {
                        d.traceIdSelector[j] = m.traceIdSelector[j];
                    }
                }
                return d;
            };

            /**
             * Converts this SelectMergeProfileRequest to JSON.
             * @function toJSON
             * @memberof querier.v1.SelectMergeProfileRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SelectMergeProfileRequest.prototype.toJSON = function() {
                return SelectMergeProfileRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SelectMergeProfileRequest
             * @function getTypeUrl
             * @memberof querier.v1.SelectMergeProfileRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SelectMergeProfileRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SelectMergeProfileRequest";
            };

            return SelectMergeProfileRequest;
        })();

        v1.SelectSeriesRequest = (function() {

            /**
             * Properties of a SelectSeriesRequest.
             * @typedef {Object} querier.v1.SelectSeriesRequest.$Properties
             * @property {string|null} [profileTypeID] SelectSeriesRequest profileTypeID
             * @property {string|null} [labelSelector] SelectSeriesRequest labelSelector
             * @property {number|Long|null} [start] SelectSeriesRequest start
             * @property {number|Long|null} [end] SelectSeriesRequest end
             * @property {Array.<string>|null} [groupBy] SelectSeriesRequest groupBy
             * @property {number|null} [step] SelectSeriesRequest step
             * @property {types.v1.TimeSeriesAggregationType|null} [aggregation] SelectSeriesRequest aggregation
             * @property {types.v1.StackTraceSelector.$Properties|null} [stackTraceSelector] SelectSeriesRequest stackTraceSelector
             * @property {number|Long|null} [limit] SelectSeriesRequest limit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SelectSeriesRequest.
             * @memberof querier.v1
             * @interface ISelectSeriesRequest
             * @augments querier.v1.SelectSeriesRequest.$Properties
             * @deprecated Use querier.v1.SelectSeriesRequest.$Properties instead.
             */

            /**
             * Shape of a SelectSeriesRequest.
             * @typedef {querier.v1.SelectSeriesRequest.$Properties} querier.v1.SelectSeriesRequest.$Shape
             */

            /**
             * Constructs a new SelectSeriesRequest.
             * @memberof querier.v1
             * @classdesc Represents a SelectSeriesRequest.
             * @constructor
             * @param {querier.v1.SelectSeriesRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SelectSeriesRequest = function (p) {
                this.groupBy = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SelectSeriesRequest profileTypeID.
             * @member {string} profileTypeID
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.profileTypeID = "";

            /**
             * SelectSeriesRequest labelSelector.
             * @member {string} labelSelector
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.labelSelector = "";

            /**
             * SelectSeriesRequest start.
             * @member {number|Long} start
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SelectSeriesRequest end.
             * @member {number|Long} end
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SelectSeriesRequest groupBy.
             * @member {Array.<string>} groupBy
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.groupBy = $util.emptyArray;

            /**
             * SelectSeriesRequest step.
             * @member {number} step
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.step = 0;

            /**
             * SelectSeriesRequest aggregation.
             * @member {types.v1.TimeSeriesAggregationType|null|undefined} aggregation
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.aggregation = null;

            /**
             * SelectSeriesRequest stackTraceSelector.
             * @member {types.v1.StackTraceSelector.$Properties|null|undefined} stackTraceSelector
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.stackTraceSelector = null;

            /**
             * SelectSeriesRequest limit.
             * @member {number|Long|null|undefined} limit
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.limit = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SelectSeriesRequest.prototype, "_aggregation", {
                get: $util.oneOfGetter($oneOfFields = ["aggregation"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SelectSeriesRequest.prototype, "_stackTraceSelector", {
                get: $util.oneOfGetter($oneOfFields = ["stackTraceSelector"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SelectSeriesRequest.prototype, "_limit", {
                get: $util.oneOfGetter($oneOfFields = ["limit"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SelectSeriesRequest instance using the specified properties.
             * @function create
             * @memberof querier.v1.SelectSeriesRequest
             * @static
             * @param {querier.v1.SelectSeriesRequest.$Properties=} [properties] Properties to set
             * @returns {querier.v1.SelectSeriesRequest} SelectSeriesRequest instance
             * @type {{
             *   (properties: querier.v1.SelectSeriesRequest.$Shape): querier.v1.SelectSeriesRequest & querier.v1.SelectSeriesRequest.$Shape;
             *   (properties?: querier.v1.SelectSeriesRequest.$Properties): querier.v1.SelectSeriesRequest;
             * }}
             */
            SelectSeriesRequest.create = function(properties) {
                return new SelectSeriesRequest(properties);
            };

            /**
             * Encodes the specified SelectSeriesRequest message. Does not implicitly {@link querier.v1.SelectSeriesRequest.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SelectSeriesRequest
             * @static
             * @param {querier.v1.SelectSeriesRequest.$Properties} m SelectSeriesRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectSeriesRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.profileTypeID != null && $Object.hasOwnProperty.call(m, "profileTypeID") && m.profileTypeID !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.profileTypeID);
                if (m.labelSelector != null && $Object.hasOwnProperty.call(m, "labelSelector") && m.labelSelector !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.labelSelector);
                if (m.start != null && $Object.hasOwnProperty.call(m, "start") && (typeof m.start === "object" ? m.start.low || m.start.high : m.start !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.start);
                if (m.end != null && $Object.hasOwnProperty.call(m, "end") && (typeof m.end === "object" ? m.end.low || m.end.high : m.end !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.end);
                if (m.groupBy != null && m.groupBy.length) {
                    for (var i = 0; i < m.groupBy.length; ++i)
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.groupBy[i]);
                }
                if (m.step != null && $Object.hasOwnProperty.call(m, "step") && !$Object.is(m.step, 0))
                    w.uint32(/* id 6, wireType 1 =*/49).double(m.step);
                if (m.aggregation != null && $Object.hasOwnProperty.call(m, "aggregation"))
                    w.uint32(/* id 7, wireType 0 =*/56).int32(m.aggregation);
                if (m.stackTraceSelector != null && $Object.hasOwnProperty.call(m, "stackTraceSelector"))
                    $root.types.v1.StackTraceSelector.encode(m.stackTraceSelector, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit"))
                    w.uint32(/* id 9, wireType 0 =*/72).int64(m.limit);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SelectSeriesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SelectSeriesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.SelectSeriesRequest & querier.v1.SelectSeriesRequest.$Shape} SelectSeriesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectSeriesRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.querier.v1.SelectSeriesRequest();
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
                                m.profileTypeID = v;
                            else
                                delete m.profileTypeID;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.labelSelector = v;
                            else
                                delete m.labelSelector;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.start = v;
                            else
                                delete m.start;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.end = v;
                            else
                                delete m.end;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.groupBy && m.groupBy.length))
                                m.groupBy = [];
                            m.groupBy.push(r.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.step = v;
                            else
                                delete m.step;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            m.aggregation = r.int32();
                            m._aggregation = "aggregation";
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.stackTraceSelector = $root.types.v1.StackTraceSelector.decode(r, r.size(), $undefined, q + 1, m.stackTraceSelector);
                            m._stackTraceSelector = "stackTraceSelector";
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            m.limit = r.int64();
                            m._limit = "limit";
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
             * Creates a SelectSeriesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.SelectSeriesRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {querier.v1.SelectSeriesRequest} SelectSeriesRequest
             */
            SelectSeriesRequest.fromObject = function (d, q) {
                if (d instanceof $root.querier.v1.SelectSeriesRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".querier.v1.SelectSeriesRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.querier.v1.SelectSeriesRequest();
                if (d.profileTypeID != null) {
                    if (typeof d.profileTypeID !== "string" || d.profileTypeID.length) {
                        m.profileTypeID = $String(d.profileTypeID);
                    }
                }
                if (d.labelSelector != null) {
                    if (typeof d.labelSelector !== "string" || d.labelSelector.length) {
                        m.labelSelector = $String(d.labelSelector);
                    }
                }
                if (d.start != null) {
                    if (typeof d.start === "object" ? d.start.low || d.start.high : $Number(d.start) !== 0) {
                        if ($util.Long)
                            m.start = $util.Long.fromValue(d.start, false);
                        else if (typeof d.start === "string")
                            m.start = $parseInt(d.start, 10);
                        else if (typeof d.start === "number")
                            m.start = d.start;
                        else if (typeof d.start === "object")
                            m.start = new $util.LongBits(d.start.low >>> 0, d.start.high >>> 0).toNumber();
                    }
                }
                if (d.end != null) {
                    if (typeof d.end === "object" ? d.end.low || d.end.high : $Number(d.end) !== 0) {
                        if ($util.Long)
                            m.end = $util.Long.fromValue(d.end, false);
                        else if (typeof d.end === "string")
                            m.end = $parseInt(d.end, 10);
                        else if (typeof d.end === "number")
                            m.end = d.end;
                        else if (typeof d.end === "object")
                            m.end = new $util.LongBits(d.end.low >>> 0, d.end.high >>> 0).toNumber();
                    }
                }
                if (d.groupBy) {
                    if (!$Array.isArray(d.groupBy))
                        throw $TypeError(".querier.v1.SelectSeriesRequest.groupBy: array expected");
                    m.groupBy = $Array(d.groupBy.length);
                    for (var i = 0; i < d.groupBy.length; ++i) {
                        m.groupBy[i] = $String(d.groupBy[i]);
                    }
                }
                if (d.step != null) {
                    if (!$Object.is($Number(d.step), 0)) {
                        m.step = $Number(d.step);
                    }
                }
                switch (d.aggregation) {
                case "TIME_SERIES_AGGREGATION_TYPE_SUM":
                case 0:
                    m.aggregation = 0;
                    break;
                case "TIME_SERIES_AGGREGATION_TYPE_AVERAGE":
                case 1:
                    m.aggregation = 1;
                    break;
                default:
                    if (typeof d.aggregation === "number" && (d.aggregation | 0) === d.aggregation)
                        m.aggregation = d.aggregation;
                }
                if (d.stackTraceSelector != null) {
                    if (!$util.isObject(d.stackTraceSelector))
                        throw $TypeError(".querier.v1.SelectSeriesRequest.stackTraceSelector: object expected");
                    m.stackTraceSelector = $root.types.v1.StackTraceSelector.fromObject(d.stackTraceSelector, q + 1);
                }
                if (d.limit != null) {
                    if ($util.Long)
                        m.limit = $util.Long.fromValue(d.limit, false);
                    else if (typeof d.limit === "string")
                        m.limit = $parseInt(d.limit, 10);
                    else if (typeof d.limit === "number")
                        m.limit = d.limit;
                    else if (typeof d.limit === "object")
                        m.limit = new $util.LongBits(d.limit.low >>> 0, d.limit.high >>> 0).toNumber();
                }
                return m;
            };

            /**
             * Creates a plain object from a SelectSeriesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.SelectSeriesRequest
             * @static
             * @param {querier.v1.SelectSeriesRequest} m SelectSeriesRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SelectSeriesRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.groupBy = [];
                }
                if (o.defaults) {
                    d.profileTypeID = "";
                    d.labelSelector = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.start = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.start = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.end = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.end = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.step = 0;
                }
                if (m.profileTypeID != null && $Object.hasOwnProperty.call(m, "profileTypeID")) {
                    d.profileTypeID = m.profileTypeID;
                }
                if (m.labelSelector != null && $Object.hasOwnProperty.call(m, "labelSelector")) {
                    d.labelSelector = m.labelSelector;
                }
                if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.start = typeof m.start === "number" ? $BigInt(m.start) : $util.Long.fromBits(m.start.low >>> 0, m.start.high >>> 0, false).toBigInt();
                    else if (typeof m.start === "number")
                        d.start = o.longs === $String ? $String(m.start) : m.start;
                    else
                        d.start = o.longs === $String ? $util.Long.prototype.toString.call(m.start) : o.longs === $Number ? new $util.LongBits(m.start.low >>> 0, m.start.high >>> 0).toNumber() : m.start;
                }
                if (m.end != null && $Object.hasOwnProperty.call(m, "end")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.end = typeof m.end === "number" ? $BigInt(m.end) : $util.Long.fromBits(m.end.low >>> 0, m.end.high >>> 0, false).toBigInt();
                    else if (typeof m.end === "number")
                        d.end = o.longs === $String ? $String(m.end) : m.end;
                    else
                        d.end = o.longs === $String ? $util.Long.prototype.toString.call(m.end) : o.longs === $Number ? new $util.LongBits(m.end.low >>> 0, m.end.high >>> 0).toNumber() : m.end;
                }
                if (m.groupBy && m.groupBy.length) {
                    d.groupBy = $Array(m.groupBy.length);
                    for (var j = 0; j < m.groupBy.length; ++j) {
                        d.groupBy[j] = m.groupBy[j];
                    }
                }
                if (m.step != null && $Object.hasOwnProperty.call(m, "step")) {
                    d.step = o.json && !$isFinite(m.step) ? $String(m.step) : m.step;
                }
                if (m.aggregation != null && $Object.hasOwnProperty.call(m, "aggregation")) {
                    d.aggregation = o.enums === $String ? $root.types.v1.TimeSeriesAggregationType[m.aggregation] === $undefined ? m.aggregation : $root.types.v1.TimeSeriesAggregationType[m.aggregation] : m.aggregation;
                }
                if (m.stackTraceSelector != null && $Object.hasOwnProperty.call(m, "stackTraceSelector")) {
                    d.stackTraceSelector = $root.types.v1.StackTraceSelector.toObject(m.stackTraceSelector, o, q + 1);
                }
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.limit = typeof m.limit === "number" ? $BigInt(m.limit) : $util.Long.fromBits(m.limit.low >>> 0, m.limit.high >>> 0, false).toBigInt();
                    else if (typeof m.limit === "number")
                        d.limit = o.longs === $String ? $String(m.limit) : m.limit;
                    else
                        d.limit = o.longs === $String ? $util.Long.prototype.toString.call(m.limit) : o.longs === $Number ? new $util.LongBits(m.limit.low >>> 0, m.limit.high >>> 0).toNumber() : m.limit;
                }
                return d;
            };

            /**
             * Converts this SelectSeriesRequest to JSON.
             * @function toJSON
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SelectSeriesRequest.prototype.toJSON = function() {
                return SelectSeriesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SelectSeriesRequest
             * @function getTypeUrl
             * @memberof querier.v1.SelectSeriesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SelectSeriesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SelectSeriesRequest";
            };

            return SelectSeriesRequest;
        })();

        v1.SelectSeriesResponse = (function() {

            /**
             * Properties of a SelectSeriesResponse.
             * @typedef {Object} querier.v1.SelectSeriesResponse.$Properties
             * @property {Array.<types.v1.Series.$Properties>|null} [series] SelectSeriesResponse series
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SelectSeriesResponse.
             * @memberof querier.v1
             * @interface ISelectSeriesResponse
             * @augments querier.v1.SelectSeriesResponse.$Properties
             * @deprecated Use querier.v1.SelectSeriesResponse.$Properties instead.
             */

            /**
             * Shape of a SelectSeriesResponse.
             * @typedef {querier.v1.SelectSeriesResponse.$Properties} querier.v1.SelectSeriesResponse.$Shape
             */

            /**
             * Constructs a new SelectSeriesResponse.
             * @memberof querier.v1
             * @classdesc Represents a SelectSeriesResponse.
             * @constructor
             * @param {querier.v1.SelectSeriesResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SelectSeriesResponse = function (p) {
                this.series = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SelectSeriesResponse series.
             * @member {Array.<types.v1.Series.$Properties>} series
             * @memberof querier.v1.SelectSeriesResponse
             * @instance
             */
            SelectSeriesResponse.prototype.series = $util.emptyArray;

            /**
             * Creates a new SelectSeriesResponse instance using the specified properties.
             * @function create
             * @memberof querier.v1.SelectSeriesResponse
             * @static
             * @param {querier.v1.SelectSeriesResponse.$Properties=} [properties] Properties to set
             * @returns {querier.v1.SelectSeriesResponse} SelectSeriesResponse instance
             * @type {{
             *   (properties: querier.v1.SelectSeriesResponse.$Shape): querier.v1.SelectSeriesResponse & querier.v1.SelectSeriesResponse.$Shape;
             *   (properties?: querier.v1.SelectSeriesResponse.$Properties): querier.v1.SelectSeriesResponse;
             * }}
             */
            SelectSeriesResponse.create = function(properties) {
                return new SelectSeriesResponse(properties);
            };

            /**
             * Encodes the specified SelectSeriesResponse message. Does not implicitly {@link querier.v1.SelectSeriesResponse.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SelectSeriesResponse
             * @static
             * @param {querier.v1.SelectSeriesResponse.$Properties} m SelectSeriesResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectSeriesResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.series != null && m.series.length) {
                    for (var i = 0; i < m.series.length; ++i)
                        $root.types.v1.Series.encode(m.series[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SelectSeriesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SelectSeriesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.SelectSeriesResponse & querier.v1.SelectSeriesResponse.$Shape} SelectSeriesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectSeriesResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.querier.v1.SelectSeriesResponse();
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
                            if (!(m.series && m.series.length))
                                m.series = [];
                            m.series.push($root.types.v1.Series.decode(r, r.size(), $undefined, q + 1));
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
             * Creates a SelectSeriesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.SelectSeriesResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {querier.v1.SelectSeriesResponse} SelectSeriesResponse
             */
            SelectSeriesResponse.fromObject = function (d, q) {
                if (d instanceof $root.querier.v1.SelectSeriesResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".querier.v1.SelectSeriesResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.querier.v1.SelectSeriesResponse();
                if (d.series) {
                    if (!$Array.isArray(d.series))
                        throw $TypeError(".querier.v1.SelectSeriesResponse.series: array expected");
                    m.series = $Array(d.series.length);
                    for (var i = 0; i < d.series.length; ++i) {
                        if (!$util.isObject(d.series[i]))
                            throw $TypeError(".querier.v1.SelectSeriesResponse.series: object expected");
                        m.series[i] = $root.types.v1.Series.fromObject(d.series[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SelectSeriesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.SelectSeriesResponse
             * @static
             * @param {querier.v1.SelectSeriesResponse} m SelectSeriesResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SelectSeriesResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.series = [];
                }
                if (m.series && m.series.length) {
                    d.series = $Array(m.series.length);
                    for (var j = 0; j < m.series.length; ++j) {
                        d.series[j] = $root.types.v1.Series.toObject(m.series[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this SelectSeriesResponse to JSON.
             * @function toJSON
             * @memberof querier.v1.SelectSeriesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SelectSeriesResponse.prototype.toJSON = function() {
                return SelectSeriesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SelectSeriesResponse
             * @function getTypeUrl
             * @memberof querier.v1.SelectSeriesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SelectSeriesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SelectSeriesResponse";
            };

            return SelectSeriesResponse;
        })();

        return v1;
    })();

    return querier;
})();

$root.perftools = (function() {

    /**
     * Namespace perftools.
     * @exports perftools
     * @namespace
     */
    var perftools = {};

    perftools.profiles = (function() {

        /**
         * Namespace profiles.
         * @memberof perftools
         * @namespace
         */
        var profiles = {};

        profiles.Profile = (function() {

            /**
             * Properties of a Profile.
             * @typedef {Object} perftools.profiles.Profile.$Properties
             * @property {Array.<perftools.profiles.ValueType.$Properties>|null} [sampleType] Profile sampleType
             * @property {Array.<perftools.profiles.Sample.$Properties>|null} [sample] Profile sample
             * @property {Array.<perftools.profiles.Mapping.$Properties>|null} [mapping] Profile mapping
             * @property {Array.<perftools.profiles.Location.$Properties>|null} [location] Profile location
             * @property {Array.<perftools.profiles.Function.$Properties>|null} ["function"] Profile function
             * @property {Array.<string>|null} [stringTable] Profile stringTable
             * @property {number|Long|null} [dropFrames] Profile dropFrames
             * @property {number|Long|null} [keepFrames] Profile keepFrames
             * @property {number|Long|null} [timeNanos] Profile timeNanos
             * @property {number|Long|null} [durationNanos] Profile durationNanos
             * @property {perftools.profiles.ValueType.$Properties|null} [periodType] Profile periodType
             * @property {number|Long|null} [period] Profile period
             * @property {Array.<number|Long>|null} [comment] Profile comment
             * @property {number|Long|null} [defaultSampleType] Profile defaultSampleType
             * @property {number|Long|null} [docUrl] Profile docUrl
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Profile.
             * @memberof perftools.profiles
             * @interface IProfile
             * @augments perftools.profiles.Profile.$Properties
             * @deprecated Use perftools.profiles.Profile.$Properties instead.
             */

            /**
             * Shape of a Profile.
             * @typedef {perftools.profiles.Profile.$Properties} perftools.profiles.Profile.$Shape
             */

            /**
             * Constructs a new Profile.
             * @memberof perftools.profiles
             * @classdesc Represents a Profile.
             * @constructor
             * @param {perftools.profiles.Profile.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Profile = function (p) {
                this.sampleType = [];
                this.sample = [];
                this.mapping = [];
                this.location = [];
                this["function"] = [];
                this.stringTable = [];
                this.comment = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Profile sampleType.
             * @member {Array.<perftools.profiles.ValueType.$Properties>} sampleType
             * @memberof perftools.profiles.Profile
             * @instance
             */
            Profile.prototype.sampleType = $util.emptyArray;

            /**
             * Profile sample.
             * @member {Array.<perftools.profiles.Sample.$Properties>} sample
             * @memberof perftools.profiles.Profile
             * @instance
             */
            Profile.prototype.sample = $util.emptyArray;

            /**
             * Profile mapping.
             * @member {Array.<perftools.profiles.Mapping.$Properties>} mapping
             * @memberof perftools.profiles.Profile
             * @instance
             */
            Profile.prototype.mapping = $util.emptyArray;

            /**
             * Profile location.
             * @member {Array.<perftools.profiles.Location.$Properties>} location
             * @memberof perftools.profiles.Profile
             * @instance
             */
            Profile.prototype.location = $util.emptyArray;

            /**
             * Profile function.
             * @member {Array.<perftools.profiles.Function.$Properties>} function
             * @memberof perftools.profiles.Profile
             * @instance
             */
            Profile.prototype["function"] = $util.emptyArray;

            /**
             * Profile stringTable.
             * @member {Array.<string>} stringTable
             * @memberof perftools.profiles.Profile
             * @instance
             */
            Profile.prototype.stringTable = $util.emptyArray;

            /**
             * Profile dropFrames.
             * @member {number|Long} dropFrames
             * @memberof perftools.profiles.Profile
             * @instance
             */
            Profile.prototype.dropFrames = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Profile keepFrames.
             * @member {number|Long} keepFrames
             * @memberof perftools.profiles.Profile
             * @instance
             */
            Profile.prototype.keepFrames = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Profile timeNanos.
             * @member {number|Long} timeNanos
             * @memberof perftools.profiles.Profile
             * @instance
             */
            Profile.prototype.timeNanos = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Profile durationNanos.
             * @member {number|Long} durationNanos
             * @memberof perftools.profiles.Profile
             * @instance
             */
            Profile.prototype.durationNanos = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Profile periodType.
             * @member {perftools.profiles.ValueType.$Properties|null|undefined} periodType
             * @memberof perftools.profiles.Profile
             * @instance
             */
            Profile.prototype.periodType = null;

            /**
             * Profile period.
             * @member {number|Long} period
             * @memberof perftools.profiles.Profile
             * @instance
             */
            Profile.prototype.period = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Profile comment.
             * @member {Array.<number|Long>} comment
             * @memberof perftools.profiles.Profile
             * @instance
             */
            Profile.prototype.comment = $util.emptyArray;

            /**
             * Profile defaultSampleType.
             * @member {number|Long} defaultSampleType
             * @memberof perftools.profiles.Profile
             * @instance
             */
            Profile.prototype.defaultSampleType = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Profile docUrl.
             * @member {number|Long} docUrl
             * @memberof perftools.profiles.Profile
             * @instance
             */
            Profile.prototype.docUrl = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Profile instance using the specified properties.
             * @function create
             * @memberof perftools.profiles.Profile
             * @static
             * @param {perftools.profiles.Profile.$Properties=} [properties] Properties to set
             * @returns {perftools.profiles.Profile} Profile instance
             * @type {{
             *   (properties: perftools.profiles.Profile.$Shape): perftools.profiles.Profile & perftools.profiles.Profile.$Shape;
             *   (properties?: perftools.profiles.Profile.$Properties): perftools.profiles.Profile;
             * }}
             */
            Profile.create = function(properties) {
                return new Profile(properties);
            };

            /**
             * Encodes the specified Profile message. Does not implicitly {@link perftools.profiles.Profile.verify|verify} messages.
             * @function encode
             * @memberof perftools.profiles.Profile
             * @static
             * @param {perftools.profiles.Profile.$Properties} m Profile message or plain object to encode
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
                if (m.sampleType != null && m.sampleType.length) {
                    for (var i = 0; i < m.sampleType.length; ++i)
                        $root.perftools.profiles.ValueType.encode(m.sampleType[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.sample != null && m.sample.length) {
                    for (var i = 0; i < m.sample.length; ++i)
                        $root.perftools.profiles.Sample.encode(m.sample[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.mapping != null && m.mapping.length) {
                    for (var i = 0; i < m.mapping.length; ++i)
                        $root.perftools.profiles.Mapping.encode(m.mapping[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.location != null && m.location.length) {
                    for (var i = 0; i < m.location.length; ++i)
                        $root.perftools.profiles.Location.encode(m.location[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m["function"] != null && m["function"].length) {
                    for (var i = 0; i < m["function"].length; ++i)
                        $root.perftools.profiles.Function.encode(m["function"][i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                }
                if (m.stringTable != null && m.stringTable.length) {
                    for (var i = 0; i < m.stringTable.length; ++i)
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.stringTable[i]);
                }
                if (m.dropFrames != null && $Object.hasOwnProperty.call(m, "dropFrames") && (typeof m.dropFrames === "object" ? m.dropFrames.low || m.dropFrames.high : m.dropFrames !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).int64(m.dropFrames);
                if (m.keepFrames != null && $Object.hasOwnProperty.call(m, "keepFrames") && (typeof m.keepFrames === "object" ? m.keepFrames.low || m.keepFrames.high : m.keepFrames !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).int64(m.keepFrames);
                if (m.timeNanos != null && $Object.hasOwnProperty.call(m, "timeNanos") && (typeof m.timeNanos === "object" ? m.timeNanos.low || m.timeNanos.high : m.timeNanos !== 0))
                    w.uint32(/* id 9, wireType 0 =*/72).int64(m.timeNanos);
                if (m.durationNanos != null && $Object.hasOwnProperty.call(m, "durationNanos") && (typeof m.durationNanos === "object" ? m.durationNanos.low || m.durationNanos.high : m.durationNanos !== 0))
                    w.uint32(/* id 10, wireType 0 =*/80).int64(m.durationNanos);
                if (m.periodType != null && $Object.hasOwnProperty.call(m, "periodType"))
                    $root.perftools.profiles.ValueType.encode(m.periodType, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.period != null && $Object.hasOwnProperty.call(m, "period") && (typeof m.period === "object" ? m.period.low || m.period.high : m.period !== 0))
                    w.uint32(/* id 12, wireType 0 =*/96).int64(m.period);
                if (m.comment != null && m.comment.length) {
                    w.uint32(/* id 13, wireType 2 =*/106).int64s(m.comment);
                }
                if (m.defaultSampleType != null && $Object.hasOwnProperty.call(m, "defaultSampleType") && (typeof m.defaultSampleType === "object" ? m.defaultSampleType.low || m.defaultSampleType.high : m.defaultSampleType !== 0))
                    w.uint32(/* id 14, wireType 0 =*/112).int64(m.defaultSampleType);
                if (m.docUrl != null && $Object.hasOwnProperty.call(m, "docUrl") && (typeof m.docUrl === "object" ? m.docUrl.low || m.docUrl.high : m.docUrl !== 0))
                    w.uint32(/* id 15, wireType 0 =*/120).int64(m.docUrl);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Profile message from the specified reader or buffer.
             * @function decode
             * @memberof perftools.profiles.Profile
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {perftools.profiles.Profile & perftools.profiles.Profile.$Shape} Profile
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
                m = g || new $root.perftools.profiles.Profile();
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
                            if (!(m.sampleType && m.sampleType.length))
                                m.sampleType = [];
                            m.sampleType.push($root.perftools.profiles.ValueType.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.sample && m.sample.length))
                                m.sample = [];
                            m.sample.push($root.perftools.profiles.Sample.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.mapping && m.mapping.length))
                                m.mapping = [];
                            m.mapping.push($root.perftools.profiles.Mapping.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.location && m.location.length))
                                m.location = [];
                            m.location.push($root.perftools.profiles.Location.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m["function"] && m["function"].length))
                                m["function"] = [];
                            m["function"].push($root.perftools.profiles.Function.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.stringTable && m.stringTable.length))
                                m.stringTable = [];
                            m.stringTable.push(r.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.dropFrames = v;
                            else
                                delete m.dropFrames;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.keepFrames = v;
                            else
                                delete m.keepFrames;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeNanos = v;
                            else
                                delete m.timeNanos;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.durationNanos = v;
                            else
                                delete m.durationNanos;
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.periodType = $root.perftools.profiles.ValueType.decode(r, r.size(), $undefined, q + 1, m.periodType);
                            continue;
                        }
                    case 12: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.period = v;
                            else
                                delete m.period;
                            continue;
                        }
                    case 13: {
                            if (u === 2) {
                                if (!(m.comment && m.comment.length))
                                    m.comment = [];
                                r.int64s(m.comment);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.comment && m.comment.length))
                                m.comment = [];
                            m.comment.push(r.int64());
                            continue;
                        }
                    case 14: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.defaultSampleType = v;
                            else
                                delete m.defaultSampleType;
                            continue;
                        }
                    case 15: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.docUrl = v;
                            else
                                delete m.docUrl;
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
             * @memberof perftools.profiles.Profile
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {perftools.profiles.Profile} Profile
             */
            Profile.fromObject = function (d, q) {
                if (d instanceof $root.perftools.profiles.Profile)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".perftools.profiles.Profile: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.perftools.profiles.Profile();
                if (d.sampleType) {
                    if (!$Array.isArray(d.sampleType))
                        throw $TypeError(".perftools.profiles.Profile.sampleType: array expected");
                    m.sampleType = $Array(d.sampleType.length);
                    for (var i = 0; i < d.sampleType.length; ++i) {
                        if (!$util.isObject(d.sampleType[i]))
                            throw $TypeError(".perftools.profiles.Profile.sampleType: object expected");
                        m.sampleType[i] = $root.perftools.profiles.ValueType.fromObject(d.sampleType[i], q + 1);
                    }
                }
                if (d.sample) {
                    if (!$Array.isArray(d.sample))
                        throw $TypeError(".perftools.profiles.Profile.sample: array expected");
                    m.sample = $Array(d.sample.length);
                    for (var i = 0; i < d.sample.length; ++i) {
                        if (!$util.isObject(d.sample[i]))
                            throw $TypeError(".perftools.profiles.Profile.sample: object expected");
                        m.sample[i] = $root.perftools.profiles.Sample.fromObject(d.sample[i], q + 1);
                    }
                }
                if (d.mapping) {
                    if (!$Array.isArray(d.mapping))
                        throw $TypeError(".perftools.profiles.Profile.mapping: array expected");
                    m.mapping = $Array(d.mapping.length);
                    for (var i = 0; i < d.mapping.length; ++i) {
                        if (!$util.isObject(d.mapping[i]))
                            throw $TypeError(".perftools.profiles.Profile.mapping: object expected");
                        m.mapping[i] = $root.perftools.profiles.Mapping.fromObject(d.mapping[i], q + 1);
                    }
                }
                if (d.location) {
                    if (!$Array.isArray(d.location))
                        throw $TypeError(".perftools.profiles.Profile.location: array expected");
                    m.location = $Array(d.location.length);
                    for (var i = 0; i < d.location.length; ++i) {
                        if (!$util.isObject(d.location[i]))
                            throw $TypeError(".perftools.profiles.Profile.location: object expected");
                        m.location[i] = $root.perftools.profiles.Location.fromObject(d.location[i], q + 1);
                    }
                }
                if (d["function"]) {
                    if (!$Array.isArray(d["function"]))
                        throw $TypeError(".perftools.profiles.Profile.function: array expected");
                    m["function"] = $Array(d["function"].length);
                    for (var i = 0; i < d["function"].length; ++i) {
                        if (!$util.isObject(d["function"][i]))
                            throw $TypeError(".perftools.profiles.Profile.function: object expected");
                        m["function"][i] = $root.perftools.profiles.Function.fromObject(d["function"][i], q + 1);
                    }
                }
                if (d.stringTable) {
                    if (!$Array.isArray(d.stringTable))
                        throw $TypeError(".perftools.profiles.Profile.stringTable: array expected");
                    m.stringTable = $Array(d.stringTable.length);
                    for (var i = 0; i < d.stringTable.length; ++i) {
                        m.stringTable[i] = $String(d.stringTable[i]);
                    }
                }
                if (d.dropFrames != null) {
                    if (typeof d.dropFrames === "object" ? d.dropFrames.low || d.dropFrames.high : $Number(d.dropFrames) !== 0) {
                        if ($util.Long)
                            m.dropFrames = $util.Long.fromValue(d.dropFrames, false);
                        else if (typeof d.dropFrames === "string")
                            m.dropFrames = $parseInt(d.dropFrames, 10);
                        else if (typeof d.dropFrames === "number")
                            m.dropFrames = d.dropFrames;
                        else if (typeof d.dropFrames === "object")
                            m.dropFrames = new $util.LongBits(d.dropFrames.low >>> 0, d.dropFrames.high >>> 0).toNumber();
                    }
                }
                if (d.keepFrames != null) {
                    if (typeof d.keepFrames === "object" ? d.keepFrames.low || d.keepFrames.high : $Number(d.keepFrames) !== 0) {
                        if ($util.Long)
                            m.keepFrames = $util.Long.fromValue(d.keepFrames, false);
                        else if (typeof d.keepFrames === "string")
                            m.keepFrames = $parseInt(d.keepFrames, 10);
                        else if (typeof d.keepFrames === "number")
                            m.keepFrames = d.keepFrames;
                        else if (typeof d.keepFrames === "object")
                            m.keepFrames = new $util.LongBits(d.keepFrames.low >>> 0, d.keepFrames.high >>> 0).toNumber();
                    }
                }
                if (d.timeNanos != null) {
                    if (typeof d.timeNanos === "object" ? d.timeNanos.low || d.timeNanos.high : $Number(d.timeNanos) !== 0) {
                        if ($util.Long)
                            m.timeNanos = $util.Long.fromValue(d.timeNanos, false);
                        else if (typeof d.timeNanos === "string")
                            m.timeNanos = $parseInt(d.timeNanos, 10);
                        else if (typeof d.timeNanos === "number")
                            m.timeNanos = d.timeNanos;
                        else if (typeof d.timeNanos === "object")
                            m.timeNanos = new $util.LongBits(d.timeNanos.low >>> 0, d.timeNanos.high >>> 0).toNumber();
                    }
                }
                if (d.durationNanos != null) {
                    if (typeof d.durationNanos === "object" ? d.durationNanos.low || d.durationNanos.high : $Number(d.durationNanos) !== 0) {
                        if ($util.Long)
                            m.durationNanos = $util.Long.fromValue(d.durationNanos, false);
                        else if (typeof d.durationNanos === "string")
                            m.durationNanos = $parseInt(d.durationNanos, 10);
                        else if (typeof d.durationNanos === "number")
                            m.durationNanos = d.durationNanos;
                        else if (typeof d.durationNanos === "object")
                            m.durationNanos = new $util.LongBits(d.durationNanos.low >>> 0, d.durationNanos.high >>> 0).toNumber();
                    }
                }
                if (d.periodType != null) {
                    if (!$util.isObject(d.periodType))
                        throw $TypeError(".perftools.profiles.Profile.periodType: object expected");
                    m.periodType = $root.perftools.profiles.ValueType.fromObject(d.periodType, q + 1);
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
                if (d.comment) {
                    if (!$Array.isArray(d.comment))
                        throw $TypeError(".perftools.profiles.Profile.comment: array expected");
                    m.comment = $Array(d.comment.length);
                    for (var i = 0; i < d.comment.length; ++i) {
                        if ($util.Long)
                            m.comment[i] = $util.Long.fromValue(d.comment[i], false);
                        else if (typeof d.comment[i] === "string")
                            m.comment[i] = $parseInt(d.comment[i], 10);
                        else if (typeof d.comment[i] === "number")
                            m.comment[i] = d.comment[i];
                        else if (typeof d.comment[i] === "object")
                            m.comment[i] = new $util.LongBits(d.comment[i].low >>> 0, d.comment[i].high >>> 0).toNumber();
                    }
                }
                if (d.defaultSampleType != null) {
                    if (typeof d.defaultSampleType === "object" ? d.defaultSampleType.low || d.defaultSampleType.high : $Number(d.defaultSampleType) !== 0) {
                        if ($util.Long)
                            m.defaultSampleType = $util.Long.fromValue(d.defaultSampleType, false);
                        else if (typeof d.defaultSampleType === "string")
                            m.defaultSampleType = $parseInt(d.defaultSampleType, 10);
                        else if (typeof d.defaultSampleType === "number")
                            m.defaultSampleType = d.defaultSampleType;
                        else if (typeof d.defaultSampleType === "object")
                            m.defaultSampleType = new $util.LongBits(d.defaultSampleType.low >>> 0, d.defaultSampleType.high >>> 0).toNumber();
                    }
                }
                if (d.docUrl != null) {
                    if (typeof d.docUrl === "object" ? d.docUrl.low || d.docUrl.high : $Number(d.docUrl) !== 0) {
                        if ($util.Long)
                            m.docUrl = $util.Long.fromValue(d.docUrl, false);
                        else if (typeof d.docUrl === "string")
                            m.docUrl = $parseInt(d.docUrl, 10);
                        else if (typeof d.docUrl === "number")
                            m.docUrl = d.docUrl;
                        else if (typeof d.docUrl === "object")
                            m.docUrl = new $util.LongBits(d.docUrl.low >>> 0, d.docUrl.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Profile message. Also converts values to other types if specified.
             * @function toObject
             * @memberof perftools.profiles.Profile
             * @static
             * @param {perftools.profiles.Profile} m Profile
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
                    d.sampleType = [];
                    d.sample = [];
                    d.mapping = [];
                    d.location = [];
                    d["function"] = [];
                    d.stringTable = [];
                    d.comment = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.dropFrames = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.dropFrames = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.keepFrames = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.keepFrames = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeNanos = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeNanos = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.durationNanos = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.durationNanos = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.periodType = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.period = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.period = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.defaultSampleType = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.defaultSampleType = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.docUrl = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.docUrl = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.sampleType && m.sampleType.length) {
                    d.sampleType = $Array(m.sampleType.length);
                    for (var j = 0; j < m.sampleType.length; ++j) {
                        d.sampleType[j] = $root.perftools.profiles.ValueType.toObject(m.sampleType[j], o, q + 1);
                    }
                }
                if (m.sample && m.sample.length) {
                    d.sample = $Array(m.sample.length);
                    for (var j = 0; j < m.sample.length; ++j) {
                        d.sample[j] = $root.perftools.profiles.Sample.toObject(m.sample[j], o, q + 1);
                    }
                }
                if (m.mapping && m.mapping.length) {
                    d.mapping = $Array(m.mapping.length);
                    for (var j = 0; j < m.mapping.length; ++j) {
                        d.mapping[j] = $root.perftools.profiles.Mapping.toObject(m.mapping[j], o, q + 1);
                    }
                }
                if (m.location && m.location.length) {
                    d.location = $Array(m.location.length);
                    for (var j = 0; j < m.location.length; ++j) {
                        d.location[j] = $root.perftools.profiles.Location.toObject(m.location[j], o, q + 1);
                    }
                }
                if (m["function"] && m["function"].length) {
                    d["function"] = $Array(m["function"].length);
                    for (var j = 0; j < m["function"].length; ++j) {
                        d["function"][j] = $root.perftools.profiles.Function.toObject(m["function"][j], o, q + 1);
                    }
                }
                if (m.stringTable && m.stringTable.length) {
                    d.stringTable = $Array(m.stringTable.length);
                    for (var j = 0; j < m.stringTable.length; ++j) {
                        d.stringTable[j] = m.stringTable[j];
                    }
                }
                if (m.dropFrames != null && $Object.hasOwnProperty.call(m, "dropFrames")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.dropFrames = typeof m.dropFrames === "number" ? $BigInt(m.dropFrames) : $util.Long.fromBits(m.dropFrames.low >>> 0, m.dropFrames.high >>> 0, false).toBigInt();
                    else if (typeof m.dropFrames === "number")
                        d.dropFrames = o.longs === $String ? $String(m.dropFrames) : m.dropFrames;
                    else
                        d.dropFrames = o.longs === $String ? $util.Long.prototype.toString.call(m.dropFrames) : o.longs === $Number ? new $util.LongBits(m.dropFrames.low >>> 0, m.dropFrames.high >>> 0).toNumber() : m.dropFrames;
                }
                if (m.keepFrames != null && $Object.hasOwnProperty.call(m, "keepFrames")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.keepFrames = typeof m.keepFrames === "number" ? $BigInt(m.keepFrames) : $util.Long.fromBits(m.keepFrames.low >>> 0, m.keepFrames.high >>> 0, false).toBigInt();
                    else if (typeof m.keepFrames === "number")
                        d.keepFrames = o.longs === $String ? $String(m.keepFrames) : m.keepFrames;
                    else
                        d.keepFrames = o.longs === $String ? $util.Long.prototype.toString.call(m.keepFrames) : o.longs === $Number ? new $util.LongBits(m.keepFrames.low >>> 0, m.keepFrames.high >>> 0).toNumber() : m.keepFrames;
                }
                if (m.timeNanos != null && $Object.hasOwnProperty.call(m, "timeNanos")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeNanos = typeof m.timeNanos === "number" ? $BigInt(m.timeNanos) : $util.Long.fromBits(m.timeNanos.low >>> 0, m.timeNanos.high >>> 0, false).toBigInt();
                    else if (typeof m.timeNanos === "number")
                        d.timeNanos = o.longs === $String ? $String(m.timeNanos) : m.timeNanos;
                    else
                        d.timeNanos = o.longs === $String ? $util.Long.prototype.toString.call(m.timeNanos) : o.longs === $Number ? new $util.LongBits(m.timeNanos.low >>> 0, m.timeNanos.high >>> 0).toNumber() : m.timeNanos;
                }
                if (m.durationNanos != null && $Object.hasOwnProperty.call(m, "durationNanos")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.durationNanos = typeof m.durationNanos === "number" ? $BigInt(m.durationNanos) : $util.Long.fromBits(m.durationNanos.low >>> 0, m.durationNanos.high >>> 0, false).toBigInt();
                    else if (typeof m.durationNanos === "number")
                        d.durationNanos = o.longs === $String ? $String(m.durationNanos) : m.durationNanos;
                    else
                        d.durationNanos = o.longs === $String ? $util.Long.prototype.toString.call(m.durationNanos) : o.longs === $Number ? new $util.LongBits(m.durationNanos.low >>> 0, m.durationNanos.high >>> 0).toNumber() : m.durationNanos;
                }
                if (m.periodType != null && $Object.hasOwnProperty.call(m, "periodType")) {
                    d.periodType = $root.perftools.profiles.ValueType.toObject(m.periodType, o, q + 1);
                }
                if (m.period != null && $Object.hasOwnProperty.call(m, "period")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.period = typeof m.period === "number" ? $BigInt(m.period) : $util.Long.fromBits(m.period.low >>> 0, m.period.high >>> 0, false).toBigInt();
                    else if (typeof m.period === "number")
                        d.period = o.longs === $String ? $String(m.period) : m.period;
                    else
                        d.period = o.longs === $String ? $util.Long.prototype.toString.call(m.period) : o.longs === $Number ? new $util.LongBits(m.period.low >>> 0, m.period.high >>> 0).toNumber() : m.period;
                }
                if (m.comment && m.comment.length) {
                    d.comment = $Array(m.comment.length);
                    for (var j = 0; j < m.comment.length; ++j) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.comment[j] = typeof m.comment[j] === "number" ? $BigInt(m.comment[j]) : $util.Long.fromBits(m.comment[j].low >>> 0, m.comment[j].high >>> 0, false).toBigInt();
                        else if (typeof m.comment[j] === "number")
                            d.comment[j] = o.longs === $String ? $String(m.comment[j]) : m.comment[j];
                        else
                            d.comment[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.comment[j]) : o.longs === $Number ? new $util.LongBits(m.comment[j].low >>> 0, m.comment[j].high >>> 0).toNumber() : m.comment[j];
                    }
                }
                if (m.defaultSampleType != null && $Object.hasOwnProperty.call(m, "defaultSampleType")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.defaultSampleType = typeof m.defaultSampleType === "number" ? $BigInt(m.defaultSampleType) : $util.Long.fromBits(m.defaultSampleType.low >>> 0, m.defaultSampleType.high >>> 0, false).toBigInt();
                    else if (typeof m.defaultSampleType === "number")
                        d.defaultSampleType = o.longs === $String ? $String(m.defaultSampleType) : m.defaultSampleType;
                    else
                        d.defaultSampleType = o.longs === $String ? $util.Long.prototype.toString.call(m.defaultSampleType) : o.longs === $Number ? new $util.LongBits(m.defaultSampleType.low >>> 0, m.defaultSampleType.high >>> 0).toNumber() : m.defaultSampleType;
                }
                if (m.docUrl != null && $Object.hasOwnProperty.call(m, "docUrl")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.docUrl = typeof m.docUrl === "number" ? $BigInt(m.docUrl) : $util.Long.fromBits(m.docUrl.low >>> 0, m.docUrl.high >>> 0, false).toBigInt();
                    else if (typeof m.docUrl === "number")
                        d.docUrl = o.longs === $String ? $String(m.docUrl) : m.docUrl;
                    else
                        d.docUrl = o.longs === $String ? $util.Long.prototype.toString.call(m.docUrl) : o.longs === $Number ? new $util.LongBits(m.docUrl.low >>> 0, m.docUrl.high >>> 0).toNumber() : m.docUrl;
                }
                return d;
            };

            /**
             * Converts this Profile to JSON.
             * @function toJSON
             * @memberof perftools.profiles.Profile
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Profile.prototype.toJSON = function() {
                return Profile.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Profile
             * @function getTypeUrl
             * @memberof perftools.profiles.Profile
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Profile.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/perftools.profiles.Profile";
            };

            return Profile;
        })();

        profiles.ValueType = (function() {

            /**
             * Properties of a ValueType.
             * @typedef {Object} perftools.profiles.ValueType.$Properties
             * @property {number|Long|null} [type] ValueType type
             * @property {number|Long|null} [unit] ValueType unit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ValueType.
             * @memberof perftools.profiles
             * @interface IValueType
             * @augments perftools.profiles.ValueType.$Properties
             * @deprecated Use perftools.profiles.ValueType.$Properties instead.
             */

            /**
             * Shape of a ValueType.
             * @typedef {perftools.profiles.ValueType.$Properties} perftools.profiles.ValueType.$Shape
             */

            /**
             * Constructs a new ValueType.
             * @memberof perftools.profiles
             * @classdesc Represents a ValueType.
             * @constructor
             * @param {perftools.profiles.ValueType.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ValueType = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ValueType type.
             * @member {number|Long} type
             * @memberof perftools.profiles.ValueType
             * @instance
             */
            ValueType.prototype.type = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ValueType unit.
             * @member {number|Long} unit
             * @memberof perftools.profiles.ValueType
             * @instance
             */
            ValueType.prototype.unit = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ValueType instance using the specified properties.
             * @function create
             * @memberof perftools.profiles.ValueType
             * @static
             * @param {perftools.profiles.ValueType.$Properties=} [properties] Properties to set
             * @returns {perftools.profiles.ValueType} ValueType instance
             * @type {{
             *   (properties: perftools.profiles.ValueType.$Shape): perftools.profiles.ValueType & perftools.profiles.ValueType.$Shape;
             *   (properties?: perftools.profiles.ValueType.$Properties): perftools.profiles.ValueType;
             * }}
             */
            ValueType.create = function(properties) {
                return new ValueType(properties);
            };

            /**
             * Encodes the specified ValueType message. Does not implicitly {@link perftools.profiles.ValueType.verify|verify} messages.
             * @function encode
             * @memberof perftools.profiles.ValueType
             * @static
             * @param {perftools.profiles.ValueType.$Properties} m ValueType message or plain object to encode
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
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && (typeof m.type === "object" ? m.type.low || m.type.high : m.type !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.type);
                if (m.unit != null && $Object.hasOwnProperty.call(m, "unit") && (typeof m.unit === "object" ? m.unit.low || m.unit.high : m.unit !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.unit);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ValueType message from the specified reader or buffer.
             * @function decode
             * @memberof perftools.profiles.ValueType
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {perftools.profiles.ValueType & perftools.profiles.ValueType.$Shape} ValueType
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
                m = g || new $root.perftools.profiles.ValueType();
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
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.unit = v;
                            else
                                delete m.unit;
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
             * @memberof perftools.profiles.ValueType
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {perftools.profiles.ValueType} ValueType
             */
            ValueType.fromObject = function (d, q) {
                if (d instanceof $root.perftools.profiles.ValueType)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".perftools.profiles.ValueType: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.perftools.profiles.ValueType();
                if (d.type != null) {
                    if (typeof d.type === "object" ? d.type.low || d.type.high : $Number(d.type) !== 0) {
                        if ($util.Long)
                            m.type = $util.Long.fromValue(d.type, false);
                        else if (typeof d.type === "string")
                            m.type = $parseInt(d.type, 10);
                        else if (typeof d.type === "number")
                            m.type = d.type;
                        else if (typeof d.type === "object")
                            m.type = new $util.LongBits(d.type.low >>> 0, d.type.high >>> 0).toNumber();
                    }
                }
                if (d.unit != null) {
                    if (typeof d.unit === "object" ? d.unit.low || d.unit.high : $Number(d.unit) !== 0) {
                        if ($util.Long)
                            m.unit = $util.Long.fromValue(d.unit, false);
                        else if (typeof d.unit === "string")
                            m.unit = $parseInt(d.unit, 10);
                        else if (typeof d.unit === "number")
                            m.unit = d.unit;
                        else if (typeof d.unit === "object")
                            m.unit = new $util.LongBits(d.unit.low >>> 0, d.unit.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ValueType message. Also converts values to other types if specified.
             * @function toObject
             * @memberof perftools.profiles.ValueType
             * @static
             * @param {perftools.profiles.ValueType} m ValueType
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
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.type = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.type = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.unit = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.unit = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.type = typeof m.type === "number" ? $BigInt(m.type) : $util.Long.fromBits(m.type.low >>> 0, m.type.high >>> 0, false).toBigInt();
                    else if (typeof m.type === "number")
                        d.type = o.longs === $String ? $String(m.type) : m.type;
                    else
                        d.type = o.longs === $String ? $util.Long.prototype.toString.call(m.type) : o.longs === $Number ? new $util.LongBits(m.type.low >>> 0, m.type.high >>> 0).toNumber() : m.type;
                }
                if (m.unit != null && $Object.hasOwnProperty.call(m, "unit")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.unit = typeof m.unit === "number" ? $BigInt(m.unit) : $util.Long.fromBits(m.unit.low >>> 0, m.unit.high >>> 0, false).toBigInt();
                    else if (typeof m.unit === "number")
                        d.unit = o.longs === $String ? $String(m.unit) : m.unit;
                    else
                        d.unit = o.longs === $String ? $util.Long.prototype.toString.call(m.unit) : o.longs === $Number ? new $util.LongBits(m.unit.low >>> 0, m.unit.high >>> 0).toNumber() : m.unit;
                }
                return d;
            };

            /**
             * Converts this ValueType to JSON.
             * @function toJSON
             * @memberof perftools.profiles.ValueType
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ValueType.prototype.toJSON = function() {
                return ValueType.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ValueType
             * @function getTypeUrl
             * @memberof perftools.profiles.ValueType
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ValueType.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/perftools.profiles.ValueType";
            };

            return ValueType;
        })();

        profiles.Sample = (function() {

            /**
             * Properties of a Sample.
             * @typedef {Object} perftools.profiles.Sample.$Properties
             * @property {Array.<number|Long>|null} [locationId] Sample locationId
             * @property {Array.<number|Long>|null} [value] Sample value
             * @property {Array.<perftools.profiles.Label.$Properties>|null} [label] Sample label
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Sample.
             * @memberof perftools.profiles
             * @interface ISample
             * @augments perftools.profiles.Sample.$Properties
             * @deprecated Use perftools.profiles.Sample.$Properties instead.
             */

            /**
             * Shape of a Sample.
             * @typedef {perftools.profiles.Sample.$Properties} perftools.profiles.Sample.$Shape
             */

            /**
             * Constructs a new Sample.
             * @memberof perftools.profiles
             * @classdesc Represents a Sample.
             * @constructor
             * @param {perftools.profiles.Sample.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Sample = function (p) {
                this.locationId = [];
                this.value = [];
                this.label = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Sample locationId.
             * @member {Array.<number|Long>} locationId
             * @memberof perftools.profiles.Sample
             * @instance
             */
            Sample.prototype.locationId = $util.emptyArray;

            /**
             * Sample value.
             * @member {Array.<number|Long>} value
             * @memberof perftools.profiles.Sample
             * @instance
             */
            Sample.prototype.value = $util.emptyArray;

            /**
             * Sample label.
             * @member {Array.<perftools.profiles.Label.$Properties>} label
             * @memberof perftools.profiles.Sample
             * @instance
             */
            Sample.prototype.label = $util.emptyArray;

            /**
             * Creates a new Sample instance using the specified properties.
             * @function create
             * @memberof perftools.profiles.Sample
             * @static
             * @param {perftools.profiles.Sample.$Properties=} [properties] Properties to set
             * @returns {perftools.profiles.Sample} Sample instance
             * @type {{
             *   (properties: perftools.profiles.Sample.$Shape): perftools.profiles.Sample & perftools.profiles.Sample.$Shape;
             *   (properties?: perftools.profiles.Sample.$Properties): perftools.profiles.Sample;
             * }}
             */
            Sample.create = function(properties) {
                return new Sample(properties);
            };

            /**
             * Encodes the specified Sample message. Does not implicitly {@link perftools.profiles.Sample.verify|verify} messages.
             * @function encode
             * @memberof perftools.profiles.Sample
             * @static
             * @param {perftools.profiles.Sample.$Properties} m Sample message or plain object to encode
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
                if (m.locationId != null && m.locationId.length) {
                    w.uint32(/* id 1, wireType 2 =*/10).uint64s(m.locationId);
                }
                if (m.value != null && m.value.length) {
                    w.uint32(/* id 2, wireType 2 =*/18).int64s(m.value);
                }
                if (m.label != null && m.label.length) {
                    for (var i = 0; i < m.label.length; ++i)
                        $root.perftools.profiles.Label.encode(m.label[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Sample message from the specified reader or buffer.
             * @function decode
             * @memberof perftools.profiles.Sample
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {perftools.profiles.Sample & perftools.profiles.Sample.$Shape} Sample
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
                m = g || new $root.perftools.profiles.Sample();
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
                                if (!(m.locationId && m.locationId.length))
                                    m.locationId = [];
                                r.uint64s(m.locationId);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.locationId && m.locationId.length))
                                m.locationId = [];
                            m.locationId.push(r.uint64());
                            continue;
                        }
                    case 2: {
                            if (u === 2) {
                                if (!(m.value && m.value.length))
                                    m.value = [];
                                r.int64s(m.value);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.value && m.value.length))
                                m.value = [];
                            m.value.push(r.int64());
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.label && m.label.length))
                                m.label = [];
                            m.label.push($root.perftools.profiles.Label.decode(r, r.size(), $undefined, q + 1));
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
             * @memberof perftools.profiles.Sample
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {perftools.profiles.Sample} Sample
             */
            Sample.fromObject = function (d, q) {
                if (d instanceof $root.perftools.profiles.Sample)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".perftools.profiles.Sample: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.perftools.profiles.Sample();
                if (d.locationId) {
                    if (!$Array.isArray(d.locationId))
                        throw $TypeError(".perftools.profiles.Sample.locationId: array expected");
                    m.locationId = $Array(d.locationId.length);
                    for (var i = 0; i < d.locationId.length; ++i) {
                        if ($util.Long)
                            m.locationId[i] = $util.Long.fromValue(d.locationId[i], true);
                        else if (typeof d.locationId[i] === "string")
                            m.locationId[i] = $parseInt(d.locationId[i], 10);
                        else if (typeof d.locationId[i] === "number")
                            m.locationId[i] = d.locationId[i];
                        else if (typeof d.locationId[i] === "object")
                            m.locationId[i] = new $util.LongBits(d.locationId[i].low >>> 0, d.locationId[i].high >>> 0).toNumber(true);
                    }
                }
                if (d.value) {
                    if (!$Array.isArray(d.value))
                        throw $TypeError(".perftools.profiles.Sample.value: array expected");
                    m.value = $Array(d.value.length);
                    for (var i = 0; i < d.value.length; ++i) {
                        if ($util.Long)
                            m.value[i] = $util.Long.fromValue(d.value[i], false);
                        else if (typeof d.value[i] === "string")
                            m.value[i] = $parseInt(d.value[i], 10);
                        else if (typeof d.value[i] === "number")
                            m.value[i] = d.value[i];
                        else if (typeof d.value[i] === "object")
                            m.value[i] = new $util.LongBits(d.value[i].low >>> 0, d.value[i].high >>> 0).toNumber();
                    }
                }
                if (d.label) {
                    if (!$Array.isArray(d.label))
                        throw $TypeError(".perftools.profiles.Sample.label: array expected");
                    m.label = $Array(d.label.length);
                    for (var i = 0; i < d.label.length; ++i) {
                        if (!$util.isObject(d.label[i]))
                            throw $TypeError(".perftools.profiles.Sample.label: object expected");
                        m.label[i] = $root.perftools.profiles.Label.fromObject(d.label[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Sample message. Also converts values to other types if specified.
             * @function toObject
             * @memberof perftools.profiles.Sample
             * @static
             * @param {perftools.profiles.Sample} m Sample
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
                    d.locationId = [];
                    d.value = [];
                    d.label = [];
                }
                if (m.locationId && m.locationId.length) {
                    d.locationId = $Array(m.locationId.length);
                    for (var j = 0; j < m.locationId.length; ++j) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.locationId[j] = typeof m.locationId[j] === "number" ? $BigInt(m.locationId[j]) : $util.Long.fromBits(m.locationId[j].low >>> 0, m.locationId[j].high >>> 0, true).toBigInt();
                        else if (typeof m.locationId[j] === "number")
                            d.locationId[j] = o.longs === $String ? $String(m.locationId[j]) : m.locationId[j];
                        else
                            d.locationId[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.locationId[j]) : o.longs === $Number ? new $util.LongBits(m.locationId[j].low >>> 0, m.locationId[j].high >>> 0).toNumber(true) : m.locationId[j];
                    }
                }
                if (m.value && m.value.length) {
                    d.value = $Array(m.value.length);
                    for (var j = 0; j < m.value.length; ++j) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.value[j] = typeof m.value[j] === "number" ? $BigInt(m.value[j]) : $util.Long.fromBits(m.value[j].low >>> 0, m.value[j].high >>> 0, false).toBigInt();
                        else if (typeof m.value[j] === "number")
                            d.value[j] = o.longs === $String ? $String(m.value[j]) : m.value[j];
                        else
                            d.value[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.value[j]) : o.longs === $Number ? new $util.LongBits(m.value[j].low >>> 0, m.value[j].high >>> 0).toNumber() : m.value[j];
                    }
                }
                if (m.label && m.label.length) {
                    d.label = $Array(m.label.length);
                    for (var j = 0; j < m.label.length; ++j) {
                        d.label[j] = $root.perftools.profiles.Label.toObject(m.label[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Sample to JSON.
             * @function toJSON
             * @memberof perftools.profiles.Sample
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Sample.prototype.toJSON = function() {
                return Sample.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Sample
             * @function getTypeUrl
             * @memberof perftools.profiles.Sample
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Sample.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/perftools.profiles.Sample";
            };

            return Sample;
        })();

        profiles.Label = (function() {

            /**
             * Properties of a Label.
             * @typedef {Object} perftools.profiles.Label.$Properties
             * @property {number|Long|null} [key] Label key
             * @property {number|Long|null} [str] Label str
             * @property {number|Long|null} [num] Label num
             * @property {number|Long|null} [numUnit] Label numUnit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Label.
             * @memberof perftools.profiles
             * @interface ILabel
             * @augments perftools.profiles.Label.$Properties
             * @deprecated Use perftools.profiles.Label.$Properties instead.
             */

            /**
             * Shape of a Label.
             * @typedef {perftools.profiles.Label.$Properties} perftools.profiles.Label.$Shape
             */

            /**
             * Constructs a new Label.
             * @memberof perftools.profiles
             * @classdesc Represents a Label.
             * @constructor
             * @param {perftools.profiles.Label.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Label = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Label key.
             * @member {number|Long} key
             * @memberof perftools.profiles.Label
             * @instance
             */
            Label.prototype.key = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Label str.
             * @member {number|Long} str
             * @memberof perftools.profiles.Label
             * @instance
             */
            Label.prototype.str = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Label num.
             * @member {number|Long} num
             * @memberof perftools.profiles.Label
             * @instance
             */
            Label.prototype.num = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Label numUnit.
             * @member {number|Long} numUnit
             * @memberof perftools.profiles.Label
             * @instance
             */
            Label.prototype.numUnit = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Label instance using the specified properties.
             * @function create
             * @memberof perftools.profiles.Label
             * @static
             * @param {perftools.profiles.Label.$Properties=} [properties] Properties to set
             * @returns {perftools.profiles.Label} Label instance
             * @type {{
             *   (properties: perftools.profiles.Label.$Shape): perftools.profiles.Label & perftools.profiles.Label.$Shape;
             *   (properties?: perftools.profiles.Label.$Properties): perftools.profiles.Label;
             * }}
             */
            Label.create = function(properties) {
                return new Label(properties);
            };

            /**
             * Encodes the specified Label message. Does not implicitly {@link perftools.profiles.Label.verify|verify} messages.
             * @function encode
             * @memberof perftools.profiles.Label
             * @static
             * @param {perftools.profiles.Label.$Properties} m Label message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Label.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key") && (typeof m.key === "object" ? m.key.low || m.key.high : m.key !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.key);
                if (m.str != null && $Object.hasOwnProperty.call(m, "str") && (typeof m.str === "object" ? m.str.low || m.str.high : m.str !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.str);
                if (m.num != null && $Object.hasOwnProperty.call(m, "num") && (typeof m.num === "object" ? m.num.low || m.num.high : m.num !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.num);
                if (m.numUnit != null && $Object.hasOwnProperty.call(m, "numUnit") && (typeof m.numUnit === "object" ? m.numUnit.low || m.numUnit.high : m.numUnit !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.numUnit);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Label message from the specified reader or buffer.
             * @function decode
             * @memberof perftools.profiles.Label
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {perftools.profiles.Label & perftools.profiles.Label.$Shape} Label
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Label.decode = function (r, l, z, q, g) {
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
                m = g || new $root.perftools.profiles.Label();
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
                                m.key = v;
                            else
                                delete m.key;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.str = v;
                            else
                                delete m.str;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.num = v;
                            else
                                delete m.num;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.numUnit = v;
                            else
                                delete m.numUnit;
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
             * Creates a Label message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof perftools.profiles.Label
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {perftools.profiles.Label} Label
             */
            Label.fromObject = function (d, q) {
                if (d instanceof $root.perftools.profiles.Label)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".perftools.profiles.Label: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.perftools.profiles.Label();
                if (d.key != null) {
                    if (typeof d.key === "object" ? d.key.low || d.key.high : $Number(d.key) !== 0) {
                        if ($util.Long)
                            m.key = $util.Long.fromValue(d.key, false);
                        else if (typeof d.key === "string")
                            m.key = $parseInt(d.key, 10);
                        else if (typeof d.key === "number")
                            m.key = d.key;
                        else if (typeof d.key === "object")
                            m.key = new $util.LongBits(d.key.low >>> 0, d.key.high >>> 0).toNumber();
                    }
                }
                if (d.str != null) {
                    if (typeof d.str === "object" ? d.str.low || d.str.high : $Number(d.str) !== 0) {
                        if ($util.Long)
                            m.str = $util.Long.fromValue(d.str, false);
                        else if (typeof d.str === "string")
                            m.str = $parseInt(d.str, 10);
                        else if (typeof d.str === "number")
                            m.str = d.str;
                        else if (typeof d.str === "object")
                            m.str = new $util.LongBits(d.str.low >>> 0, d.str.high >>> 0).toNumber();
                    }
                }
                if (d.num != null) {
                    if (typeof d.num === "object" ? d.num.low || d.num.high : $Number(d.num) !== 0) {
                        if ($util.Long)
                            m.num = $util.Long.fromValue(d.num, false);
                        else if (typeof d.num === "string")
                            m.num = $parseInt(d.num, 10);
                        else if (typeof d.num === "number")
                            m.num = d.num;
                        else if (typeof d.num === "object")
                            m.num = new $util.LongBits(d.num.low >>> 0, d.num.high >>> 0).toNumber();
                    }
                }
                if (d.numUnit != null) {
                    if (typeof d.numUnit === "object" ? d.numUnit.low || d.numUnit.high : $Number(d.numUnit) !== 0) {
                        if ($util.Long)
                            m.numUnit = $util.Long.fromValue(d.numUnit, false);
                        else if (typeof d.numUnit === "string")
                            m.numUnit = $parseInt(d.numUnit, 10);
                        else if (typeof d.numUnit === "number")
                            m.numUnit = d.numUnit;
                        else if (typeof d.numUnit === "object")
                            m.numUnit = new $util.LongBits(d.numUnit.low >>> 0, d.numUnit.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Label message. Also converts values to other types if specified.
             * @function toObject
             * @memberof perftools.profiles.Label
             * @static
             * @param {perftools.profiles.Label} m Label
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Label.toObject = function (m, o, q) {
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
                        d.key = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.key = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.str = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.str = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.num = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.num = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.numUnit = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.numUnit = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.key = typeof m.key === "number" ? $BigInt(m.key) : $util.Long.fromBits(m.key.low >>> 0, m.key.high >>> 0, false).toBigInt();
                    else if (typeof m.key === "number")
                        d.key = o.longs === $String ? $String(m.key) : m.key;
                    else
                        d.key = o.longs === $String ? $util.Long.prototype.toString.call(m.key) : o.longs === $Number ? new $util.LongBits(m.key.low >>> 0, m.key.high >>> 0).toNumber() : m.key;
                }
                if (m.str != null && $Object.hasOwnProperty.call(m, "str")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.str = typeof m.str === "number" ? $BigInt(m.str) : $util.Long.fromBits(m.str.low >>> 0, m.str.high >>> 0, false).toBigInt();
                    else if (typeof m.str === "number")
                        d.str = o.longs === $String ? $String(m.str) : m.str;
                    else
                        d.str = o.longs === $String ? $util.Long.prototype.toString.call(m.str) : o.longs === $Number ? new $util.LongBits(m.str.low >>> 0, m.str.high >>> 0).toNumber() : m.str;
                }
                if (m.num != null && $Object.hasOwnProperty.call(m, "num")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.num = typeof m.num === "number" ? $BigInt(m.num) : $util.Long.fromBits(m.num.low >>> 0, m.num.high >>> 0, false).toBigInt();
                    else if (typeof m.num === "number")
                        d.num = o.longs === $String ? $String(m.num) : m.num;
                    else
                        d.num = o.longs === $String ? $util.Long.prototype.toString.call(m.num) : o.longs === $Number ? new $util.LongBits(m.num.low >>> 0, m.num.high >>> 0).toNumber() : m.num;
                }
                if (m.numUnit != null && $Object.hasOwnProperty.call(m, "numUnit")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.numUnit = typeof m.numUnit === "number" ? $BigInt(m.numUnit) : $util.Long.fromBits(m.numUnit.low >>> 0, m.numUnit.high >>> 0, false).toBigInt();
                    else if (typeof m.numUnit === "number")
                        d.numUnit = o.longs === $String ? $String(m.numUnit) : m.numUnit;
                    else
                        d.numUnit = o.longs === $String ? $util.Long.prototype.toString.call(m.numUnit) : o.longs === $Number ? new $util.LongBits(m.numUnit.low >>> 0, m.numUnit.high >>> 0).toNumber() : m.numUnit;
                }
                return d;
            };

            /**
             * Converts this Label to JSON.
             * @function toJSON
             * @memberof perftools.profiles.Label
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Label.prototype.toJSON = function() {
                return Label.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Label
             * @function getTypeUrl
             * @memberof perftools.profiles.Label
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Label.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/perftools.profiles.Label";
            };

            return Label;
        })();

        profiles.Mapping = (function() {

            /**
             * Properties of a Mapping.
             * @typedef {Object} perftools.profiles.Mapping.$Properties
             * @property {number|Long|null} [id] Mapping id
             * @property {number|Long|null} [memoryStart] Mapping memoryStart
             * @property {number|Long|null} [memoryLimit] Mapping memoryLimit
             * @property {number|Long|null} [fileOffset] Mapping fileOffset
             * @property {number|Long|null} [filename] Mapping filename
             * @property {number|Long|null} [buildId] Mapping buildId
             * @property {boolean|null} [hasFunctions] Mapping hasFunctions
             * @property {boolean|null} [hasFilenames] Mapping hasFilenames
             * @property {boolean|null} [hasLineNumbers] Mapping hasLineNumbers
             * @property {boolean|null} [hasInlineFrames] Mapping hasInlineFrames
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Mapping.
             * @memberof perftools.profiles
             * @interface IMapping
             * @augments perftools.profiles.Mapping.$Properties
             * @deprecated Use perftools.profiles.Mapping.$Properties instead.
             */

            /**
             * Shape of a Mapping.
             * @typedef {perftools.profiles.Mapping.$Properties} perftools.profiles.Mapping.$Shape
             */

            /**
             * Constructs a new Mapping.
             * @memberof perftools.profiles
             * @classdesc Represents a Mapping.
             * @constructor
             * @param {perftools.profiles.Mapping.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Mapping = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Mapping id.
             * @member {number|Long} id
             * @memberof perftools.profiles.Mapping
             * @instance
             */
            Mapping.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Mapping memoryStart.
             * @member {number|Long} memoryStart
             * @memberof perftools.profiles.Mapping
             * @instance
             */
            Mapping.prototype.memoryStart = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Mapping memoryLimit.
             * @member {number|Long} memoryLimit
             * @memberof perftools.profiles.Mapping
             * @instance
             */
            Mapping.prototype.memoryLimit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Mapping fileOffset.
             * @member {number|Long} fileOffset
             * @memberof perftools.profiles.Mapping
             * @instance
             */
            Mapping.prototype.fileOffset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Mapping filename.
             * @member {number|Long} filename
             * @memberof perftools.profiles.Mapping
             * @instance
             */
            Mapping.prototype.filename = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Mapping buildId.
             * @member {number|Long} buildId
             * @memberof perftools.profiles.Mapping
             * @instance
             */
            Mapping.prototype.buildId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Mapping hasFunctions.
             * @member {boolean} hasFunctions
             * @memberof perftools.profiles.Mapping
             * @instance
             */
            Mapping.prototype.hasFunctions = false;

            /**
             * Mapping hasFilenames.
             * @member {boolean} hasFilenames
             * @memberof perftools.profiles.Mapping
             * @instance
             */
            Mapping.prototype.hasFilenames = false;

            /**
             * Mapping hasLineNumbers.
             * @member {boolean} hasLineNumbers
             * @memberof perftools.profiles.Mapping
             * @instance
             */
            Mapping.prototype.hasLineNumbers = false;

            /**
             * Mapping hasInlineFrames.
             * @member {boolean} hasInlineFrames
             * @memberof perftools.profiles.Mapping
             * @instance
             */
            Mapping.prototype.hasInlineFrames = false;

            /**
             * Creates a new Mapping instance using the specified properties.
             * @function create
             * @memberof perftools.profiles.Mapping
             * @static
             * @param {perftools.profiles.Mapping.$Properties=} [properties] Properties to set
             * @returns {perftools.profiles.Mapping} Mapping instance
             * @type {{
             *   (properties: perftools.profiles.Mapping.$Shape): perftools.profiles.Mapping & perftools.profiles.Mapping.$Shape;
             *   (properties?: perftools.profiles.Mapping.$Properties): perftools.profiles.Mapping;
             * }}
             */
            Mapping.create = function(properties) {
                return new Mapping(properties);
            };

            /**
             * Encodes the specified Mapping message. Does not implicitly {@link perftools.profiles.Mapping.verify|verify} messages.
             * @function encode
             * @memberof perftools.profiles.Mapping
             * @static
             * @param {perftools.profiles.Mapping.$Properties} m Mapping message or plain object to encode
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
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && (typeof m.id === "object" ? m.id.low || m.id.high : m.id !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.id);
                if (m.memoryStart != null && $Object.hasOwnProperty.call(m, "memoryStart") && (typeof m.memoryStart === "object" ? m.memoryStart.low || m.memoryStart.high : m.memoryStart !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.memoryStart);
                if (m.memoryLimit != null && $Object.hasOwnProperty.call(m, "memoryLimit") && (typeof m.memoryLimit === "object" ? m.memoryLimit.low || m.memoryLimit.high : m.memoryLimit !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.memoryLimit);
                if (m.fileOffset != null && $Object.hasOwnProperty.call(m, "fileOffset") && (typeof m.fileOffset === "object" ? m.fileOffset.low || m.fileOffset.high : m.fileOffset !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.fileOffset);
                if (m.filename != null && $Object.hasOwnProperty.call(m, "filename") && (typeof m.filename === "object" ? m.filename.low || m.filename.high : m.filename !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.filename);
                if (m.buildId != null && $Object.hasOwnProperty.call(m, "buildId") && (typeof m.buildId === "object" ? m.buildId.low || m.buildId.high : m.buildId !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.buildId);
                if (m.hasFunctions != null && $Object.hasOwnProperty.call(m, "hasFunctions") && m.hasFunctions !== false)
                    w.uint32(/* id 7, wireType 0 =*/56).bool(m.hasFunctions);
                if (m.hasFilenames != null && $Object.hasOwnProperty.call(m, "hasFilenames") && m.hasFilenames !== false)
                    w.uint32(/* id 8, wireType 0 =*/64).bool(m.hasFilenames);
                if (m.hasLineNumbers != null && $Object.hasOwnProperty.call(m, "hasLineNumbers") && m.hasLineNumbers !== false)
                    w.uint32(/* id 9, wireType 0 =*/72).bool(m.hasLineNumbers);
                if (m.hasInlineFrames != null && $Object.hasOwnProperty.call(m, "hasInlineFrames") && m.hasInlineFrames !== false)
                    w.uint32(/* id 10, wireType 0 =*/80).bool(m.hasInlineFrames);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Mapping message from the specified reader or buffer.
             * @function decode
             * @memberof perftools.profiles.Mapping
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {perftools.profiles.Mapping & perftools.profiles.Mapping.$Shape} Mapping
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
                m = g || new $root.perftools.profiles.Mapping();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.memoryStart = v;
                            else
                                delete m.memoryStart;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.memoryLimit = v;
                            else
                                delete m.memoryLimit;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.fileOffset = v;
                            else
                                delete m.fileOffset;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.filename = v;
                            else
                                delete m.filename;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.buildId = v;
                            else
                                delete m.buildId;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.hasFunctions = v;
                            else
                                delete m.hasFunctions;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.hasFilenames = v;
                            else
                                delete m.hasFilenames;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.hasLineNumbers = v;
                            else
                                delete m.hasLineNumbers;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.hasInlineFrames = v;
                            else
                                delete m.hasInlineFrames;
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
             * @memberof perftools.profiles.Mapping
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {perftools.profiles.Mapping} Mapping
             */
            Mapping.fromObject = function (d, q) {
                if (d instanceof $root.perftools.profiles.Mapping)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".perftools.profiles.Mapping: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.perftools.profiles.Mapping();
                if (d.id != null) {
                    if (typeof d.id === "object" ? d.id.low || d.id.high : $Number(d.id) !== 0) {
                        if ($util.Long)
                            m.id = $util.Long.fromValue(d.id, true);
                        else if (typeof d.id === "string")
                            m.id = $parseInt(d.id, 10);
                        else if (typeof d.id === "number")
                            m.id = d.id;
                        else if (typeof d.id === "object")
                            m.id = new $util.LongBits(d.id.low >>> 0, d.id.high >>> 0).toNumber(true);
                    }
                }
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
                if (d.filename != null) {
                    if (typeof d.filename === "object" ? d.filename.low || d.filename.high : $Number(d.filename) !== 0) {
                        if ($util.Long)
                            m.filename = $util.Long.fromValue(d.filename, false);
                        else if (typeof d.filename === "string")
                            m.filename = $parseInt(d.filename, 10);
                        else if (typeof d.filename === "number")
                            m.filename = d.filename;
                        else if (typeof d.filename === "object")
                            m.filename = new $util.LongBits(d.filename.low >>> 0, d.filename.high >>> 0).toNumber();
                    }
                }
                if (d.buildId != null) {
                    if (typeof d.buildId === "object" ? d.buildId.low || d.buildId.high : $Number(d.buildId) !== 0) {
                        if ($util.Long)
                            m.buildId = $util.Long.fromValue(d.buildId, false);
                        else if (typeof d.buildId === "string")
                            m.buildId = $parseInt(d.buildId, 10);
                        else if (typeof d.buildId === "number")
                            m.buildId = d.buildId;
                        else if (typeof d.buildId === "object")
                            m.buildId = new $util.LongBits(d.buildId.low >>> 0, d.buildId.high >>> 0).toNumber();
                    }
                }
                if (d.hasFunctions != null) {
                    if (d.hasFunctions) {
                        m.hasFunctions = $Boolean(d.hasFunctions);
                    }
                }
                if (d.hasFilenames != null) {
                    if (d.hasFilenames) {
                        m.hasFilenames = $Boolean(d.hasFilenames);
                    }
                }
                if (d.hasLineNumbers != null) {
                    if (d.hasLineNumbers) {
                        m.hasLineNumbers = $Boolean(d.hasLineNumbers);
                    }
                }
                if (d.hasInlineFrames != null) {
                    if (d.hasInlineFrames) {
                        m.hasInlineFrames = $Boolean(d.hasInlineFrames);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Mapping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof perftools.profiles.Mapping
             * @static
             * @param {perftools.profiles.Mapping} m Mapping
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
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.id = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.id = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
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
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.filename = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.filename = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.buildId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.buildId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.hasFunctions = false;
                    d.hasFilenames = false;
                    d.hasLineNumbers = false;
                    d.hasInlineFrames = false;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.id = typeof m.id === "number" ? $BigInt(m.id) : $util.Long.fromBits(m.id.low >>> 0, m.id.high >>> 0, true).toBigInt();
                    else if (typeof m.id === "number")
                        d.id = o.longs === $String ? $String(m.id) : m.id;
                    else
                        d.id = o.longs === $String ? $util.Long.prototype.toString.call(m.id) : o.longs === $Number ? new $util.LongBits(m.id.low >>> 0, m.id.high >>> 0).toNumber(true) : m.id;
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
                if (m.filename != null && $Object.hasOwnProperty.call(m, "filename")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.filename = typeof m.filename === "number" ? $BigInt(m.filename) : $util.Long.fromBits(m.filename.low >>> 0, m.filename.high >>> 0, false).toBigInt();
                    else if (typeof m.filename === "number")
                        d.filename = o.longs === $String ? $String(m.filename) : m.filename;
                    else
                        d.filename = o.longs === $String ? $util.Long.prototype.toString.call(m.filename) : o.longs === $Number ? new $util.LongBits(m.filename.low >>> 0, m.filename.high >>> 0).toNumber() : m.filename;
                }
                if (m.buildId != null && $Object.hasOwnProperty.call(m, "buildId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.buildId = typeof m.buildId === "number" ? $BigInt(m.buildId) : $util.Long.fromBits(m.buildId.low >>> 0, m.buildId.high >>> 0, false).toBigInt();
                    else if (typeof m.buildId === "number")
                        d.buildId = o.longs === $String ? $String(m.buildId) : m.buildId;
                    else
                        d.buildId = o.longs === $String ? $util.Long.prototype.toString.call(m.buildId) : o.longs === $Number ? new $util.LongBits(m.buildId.low >>> 0, m.buildId.high >>> 0).toNumber() : m.buildId;
                }
                if (m.hasFunctions != null && $Object.hasOwnProperty.call(m, "hasFunctions")) {
                    d.hasFunctions = m.hasFunctions;
                }
                if (m.hasFilenames != null && $Object.hasOwnProperty.call(m, "hasFilenames")) {
                    d.hasFilenames = m.hasFilenames;
                }
                if (m.hasLineNumbers != null && $Object.hasOwnProperty.call(m, "hasLineNumbers")) {
                    d.hasLineNumbers = m.hasLineNumbers;
                }
                if (m.hasInlineFrames != null && $Object.hasOwnProperty.call(m, "hasInlineFrames")) {
                    d.hasInlineFrames = m.hasInlineFrames;
                }
                return d;
            };

            /**
             * Converts this Mapping to JSON.
             * @function toJSON
             * @memberof perftools.profiles.Mapping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Mapping.prototype.toJSON = function() {
                return Mapping.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Mapping
             * @function getTypeUrl
             * @memberof perftools.profiles.Mapping
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Mapping.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/perftools.profiles.Mapping";
            };

            return Mapping;
        })();

        profiles.Location = (function() {

            /**
             * Properties of a Location.
             * @typedef {Object} perftools.profiles.Location.$Properties
             * @property {number|Long|null} [id] Location id
             * @property {number|Long|null} [mappingId] Location mappingId
             * @property {number|Long|null} [address] Location address
             * @property {Array.<perftools.profiles.Line.$Properties>|null} [line] Location line
             * @property {boolean|null} [isFolded] Location isFolded
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Location.
             * @memberof perftools.profiles
             * @interface ILocation
             * @augments perftools.profiles.Location.$Properties
             * @deprecated Use perftools.profiles.Location.$Properties instead.
             */

            /**
             * Shape of a Location.
             * @typedef {perftools.profiles.Location.$Properties} perftools.profiles.Location.$Shape
             */

            /**
             * Constructs a new Location.
             * @memberof perftools.profiles
             * @classdesc Represents a Location.
             * @constructor
             * @param {perftools.profiles.Location.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Location = function (p) {
                this.line = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Location id.
             * @member {number|Long} id
             * @memberof perftools.profiles.Location
             * @instance
             */
            Location.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Location mappingId.
             * @member {number|Long} mappingId
             * @memberof perftools.profiles.Location
             * @instance
             */
            Location.prototype.mappingId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Location address.
             * @member {number|Long} address
             * @memberof perftools.profiles.Location
             * @instance
             */
            Location.prototype.address = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Location line.
             * @member {Array.<perftools.profiles.Line.$Properties>} line
             * @memberof perftools.profiles.Location
             * @instance
             */
            Location.prototype.line = $util.emptyArray;

            /**
             * Location isFolded.
             * @member {boolean} isFolded
             * @memberof perftools.profiles.Location
             * @instance
             */
            Location.prototype.isFolded = false;

            /**
             * Creates a new Location instance using the specified properties.
             * @function create
             * @memberof perftools.profiles.Location
             * @static
             * @param {perftools.profiles.Location.$Properties=} [properties] Properties to set
             * @returns {perftools.profiles.Location} Location instance
             * @type {{
             *   (properties: perftools.profiles.Location.$Shape): perftools.profiles.Location & perftools.profiles.Location.$Shape;
             *   (properties?: perftools.profiles.Location.$Properties): perftools.profiles.Location;
             * }}
             */
            Location.create = function(properties) {
                return new Location(properties);
            };

            /**
             * Encodes the specified Location message. Does not implicitly {@link perftools.profiles.Location.verify|verify} messages.
             * @function encode
             * @memberof perftools.profiles.Location
             * @static
             * @param {perftools.profiles.Location.$Properties} m Location message or plain object to encode
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
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && (typeof m.id === "object" ? m.id.low || m.id.high : m.id !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.id);
                if (m.mappingId != null && $Object.hasOwnProperty.call(m, "mappingId") && (typeof m.mappingId === "object" ? m.mappingId.low || m.mappingId.high : m.mappingId !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.mappingId);
                if (m.address != null && $Object.hasOwnProperty.call(m, "address") && (typeof m.address === "object" ? m.address.low || m.address.high : m.address !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.address);
                if (m.line != null && m.line.length) {
                    for (var i = 0; i < m.line.length; ++i)
                        $root.perftools.profiles.Line.encode(m.line[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.isFolded != null && $Object.hasOwnProperty.call(m, "isFolded") && m.isFolded !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.isFolded);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Location message from the specified reader or buffer.
             * @function decode
             * @memberof perftools.profiles.Location
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {perftools.profiles.Location & perftools.profiles.Location.$Shape} Location
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
                m = g || new $root.perftools.profiles.Location();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.mappingId = v;
                            else
                                delete m.mappingId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.address = v;
                            else
                                delete m.address;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.line && m.line.length))
                                m.line = [];
                            m.line.push($root.perftools.profiles.Line.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.isFolded = v;
                            else
                                delete m.isFolded;
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
             * @memberof perftools.profiles.Location
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {perftools.profiles.Location} Location
             */
            Location.fromObject = function (d, q) {
                if (d instanceof $root.perftools.profiles.Location)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".perftools.profiles.Location: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.perftools.profiles.Location();
                if (d.id != null) {
                    if (typeof d.id === "object" ? d.id.low || d.id.high : $Number(d.id) !== 0) {
                        if ($util.Long)
                            m.id = $util.Long.fromValue(d.id, true);
                        else if (typeof d.id === "string")
                            m.id = $parseInt(d.id, 10);
                        else if (typeof d.id === "number")
                            m.id = d.id;
                        else if (typeof d.id === "object")
                            m.id = new $util.LongBits(d.id.low >>> 0, d.id.high >>> 0).toNumber(true);
                    }
                }
                if (d.mappingId != null) {
                    if (typeof d.mappingId === "object" ? d.mappingId.low || d.mappingId.high : $Number(d.mappingId) !== 0) {
                        if ($util.Long)
                            m.mappingId = $util.Long.fromValue(d.mappingId, true);
                        else if (typeof d.mappingId === "string")
                            m.mappingId = $parseInt(d.mappingId, 10);
                        else if (typeof d.mappingId === "number")
                            m.mappingId = d.mappingId;
                        else if (typeof d.mappingId === "object")
                            m.mappingId = new $util.LongBits(d.mappingId.low >>> 0, d.mappingId.high >>> 0).toNumber(true);
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
                if (d.line) {
                    if (!$Array.isArray(d.line))
                        throw $TypeError(".perftools.profiles.Location.line: array expected");
                    m.line = $Array(d.line.length);
                    for (var i = 0; i < d.line.length; ++i) {
                        if (!$util.isObject(d.line[i]))
                            throw $TypeError(".perftools.profiles.Location.line: object expected");
                        m.line[i] = $root.perftools.profiles.Line.fromObject(d.line[i], q + 1);
                    }
                }
                if (d.isFolded != null) {
                    if (d.isFolded) {
                        m.isFolded = $Boolean(d.isFolded);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Location message. Also converts values to other types if specified.
             * @function toObject
             * @memberof perftools.profiles.Location
             * @static
             * @param {perftools.profiles.Location} m Location
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
                    d.line = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.id = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.id = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.mappingId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.mappingId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.address = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.address = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.isFolded = false;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.id = typeof m.id === "number" ? $BigInt(m.id) : $util.Long.fromBits(m.id.low >>> 0, m.id.high >>> 0, true).toBigInt();
                    else if (typeof m.id === "number")
                        d.id = o.longs === $String ? $String(m.id) : m.id;
                    else
                        d.id = o.longs === $String ? $util.Long.prototype.toString.call(m.id) : o.longs === $Number ? new $util.LongBits(m.id.low >>> 0, m.id.high >>> 0).toNumber(true) : m.id;
                }
                if (m.mappingId != null && $Object.hasOwnProperty.call(m, "mappingId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.mappingId = typeof m.mappingId === "number" ? $BigInt(m.mappingId) : $util.Long.fromBits(m.mappingId.low >>> 0, m.mappingId.high >>> 0, true).toBigInt();
                    else if (typeof m.mappingId === "number")
                        d.mappingId = o.longs === $String ? $String(m.mappingId) : m.mappingId;
                    else
                        d.mappingId = o.longs === $String ? $util.Long.prototype.toString.call(m.mappingId) : o.longs === $Number ? new $util.LongBits(m.mappingId.low >>> 0, m.mappingId.high >>> 0).toNumber(true) : m.mappingId;
                }
                if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.address = typeof m.address === "number" ? $BigInt(m.address) : $util.Long.fromBits(m.address.low >>> 0, m.address.high >>> 0, true).toBigInt();
                    else if (typeof m.address === "number")
                        d.address = o.longs === $String ? $String(m.address) : m.address;
                    else
                        d.address = o.longs === $String ? $util.Long.prototype.toString.call(m.address) : o.longs === $Number ? new $util.LongBits(m.address.low >>> 0, m.address.high >>> 0).toNumber(true) : m.address;
                }
                if (m.line && m.line.length) {
                    d.line = $Array(m.line.length);
                    for (var j = 0; j < m.line.length; ++j) {
                        d.line[j] = $root.perftools.profiles.Line.toObject(m.line[j], o, q + 1);
                    }
                }
                if (m.isFolded != null && $Object.hasOwnProperty.call(m, "isFolded")) {
                    d.isFolded = m.isFolded;
                }
                return d;
            };

            /**
             * Converts this Location to JSON.
             * @function toJSON
             * @memberof perftools.profiles.Location
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Location.prototype.toJSON = function() {
                return Location.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Location
             * @function getTypeUrl
             * @memberof perftools.profiles.Location
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Location.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/perftools.profiles.Location";
            };

            return Location;
        })();

        profiles.Line = (function() {

            /**
             * Properties of a Line.
             * @typedef {Object} perftools.profiles.Line.$Properties
             * @property {number|Long|null} [functionId] Line functionId
             * @property {number|Long|null} [line] Line line
             * @property {number|Long|null} [column] Line column
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Line.
             * @memberof perftools.profiles
             * @interface ILine
             * @augments perftools.profiles.Line.$Properties
             * @deprecated Use perftools.profiles.Line.$Properties instead.
             */

            /**
             * Shape of a Line.
             * @typedef {perftools.profiles.Line.$Properties} perftools.profiles.Line.$Shape
             */

            /**
             * Constructs a new Line.
             * @memberof perftools.profiles
             * @classdesc Represents a Line.
             * @constructor
             * @param {perftools.profiles.Line.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Line = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Line functionId.
             * @member {number|Long} functionId
             * @memberof perftools.profiles.Line
             * @instance
             */
            Line.prototype.functionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Line line.
             * @member {number|Long} line
             * @memberof perftools.profiles.Line
             * @instance
             */
            Line.prototype.line = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Line column.
             * @member {number|Long} column
             * @memberof perftools.profiles.Line
             * @instance
             */
            Line.prototype.column = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Line instance using the specified properties.
             * @function create
             * @memberof perftools.profiles.Line
             * @static
             * @param {perftools.profiles.Line.$Properties=} [properties] Properties to set
             * @returns {perftools.profiles.Line} Line instance
             * @type {{
             *   (properties: perftools.profiles.Line.$Shape): perftools.profiles.Line & perftools.profiles.Line.$Shape;
             *   (properties?: perftools.profiles.Line.$Properties): perftools.profiles.Line;
             * }}
             */
            Line.create = function(properties) {
                return new Line(properties);
            };

            /**
             * Encodes the specified Line message. Does not implicitly {@link perftools.profiles.Line.verify|verify} messages.
             * @function encode
             * @memberof perftools.profiles.Line
             * @static
             * @param {perftools.profiles.Line.$Properties} m Line message or plain object to encode
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
                if (m.functionId != null && $Object.hasOwnProperty.call(m, "functionId") && (typeof m.functionId === "object" ? m.functionId.low || m.functionId.high : m.functionId !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.functionId);
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
             * @memberof perftools.profiles.Line
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {perftools.profiles.Line & perftools.profiles.Line.$Shape} Line
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
                m = g || new $root.perftools.profiles.Line();
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
                                m.functionId = v;
                            else
                                delete m.functionId;
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
             * @memberof perftools.profiles.Line
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {perftools.profiles.Line} Line
             */
            Line.fromObject = function (d, q) {
                if (d instanceof $root.perftools.profiles.Line)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".perftools.profiles.Line: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.perftools.profiles.Line();
                if (d.functionId != null) {
                    if (typeof d.functionId === "object" ? d.functionId.low || d.functionId.high : $Number(d.functionId) !== 0) {
                        if ($util.Long)
                            m.functionId = $util.Long.fromValue(d.functionId, true);
                        else if (typeof d.functionId === "string")
                            m.functionId = $parseInt(d.functionId, 10);
                        else if (typeof d.functionId === "number")
                            m.functionId = d.functionId;
                        else if (typeof d.functionId === "object")
                            m.functionId = new $util.LongBits(d.functionId.low >>> 0, d.functionId.high >>> 0).toNumber(true);
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
             * @memberof perftools.profiles.Line
             * @static
             * @param {perftools.profiles.Line} m Line
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
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.functionId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.functionId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
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
                if (m.functionId != null && $Object.hasOwnProperty.call(m, "functionId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.functionId = typeof m.functionId === "number" ? $BigInt(m.functionId) : $util.Long.fromBits(m.functionId.low >>> 0, m.functionId.high >>> 0, true).toBigInt();
                    else if (typeof m.functionId === "number")
                        d.functionId = o.longs === $String ? $String(m.functionId) : m.functionId;
                    else
                        d.functionId = o.longs === $String ? $util.Long.prototype.toString.call(m.functionId) : o.longs === $Number ? new $util.LongBits(m.functionId.low >>> 0, m.functionId.high >>> 0).toNumber(true) : m.functionId;
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
             * @memberof perftools.profiles.Line
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Line.prototype.toJSON = function() {
                return Line.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Line
             * @function getTypeUrl
             * @memberof perftools.profiles.Line
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Line.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/perftools.profiles.Line";
            };

            return Line;
        })();

        profiles.Function = (function() {

            /**
             * Properties of a Function.
             * @typedef {Object} perftools.profiles.Function.$Properties
             * @property {number|Long|null} [id] Function id
             * @property {number|Long|null} [name] Function name
             * @property {number|Long|null} [systemName] Function systemName
             * @property {number|Long|null} [filename] Function filename
             * @property {number|Long|null} [startLine] Function startLine
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Function.
             * @memberof perftools.profiles
             * @interface IFunction
             * @augments perftools.profiles.Function.$Properties
             * @deprecated Use perftools.profiles.Function.$Properties instead.
             */

            /**
             * Shape of a Function.
             * @typedef {perftools.profiles.Function.$Properties} perftools.profiles.Function.$Shape
             */

            /**
             * Constructs a new Function.
             * @memberof perftools.profiles
             * @classdesc Represents a Function.
             * @constructor
             * @param {perftools.profiles.Function.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Function = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Function id.
             * @member {number|Long} id
             * @memberof perftools.profiles.Function
             * @instance
             */
            Function.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Function name.
             * @member {number|Long} name
             * @memberof perftools.profiles.Function
             * @instance
             */
            Function.prototype.name = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Function systemName.
             * @member {number|Long} systemName
             * @memberof perftools.profiles.Function
             * @instance
             */
            Function.prototype.systemName = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Function filename.
             * @member {number|Long} filename
             * @memberof perftools.profiles.Function
             * @instance
             */
            Function.prototype.filename = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Function startLine.
             * @member {number|Long} startLine
             * @memberof perftools.profiles.Function
             * @instance
             */
            Function.prototype.startLine = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Function instance using the specified properties.
             * @function create
             * @memberof perftools.profiles.Function
             * @static
             * @param {perftools.profiles.Function.$Properties=} [properties] Properties to set
             * @returns {perftools.profiles.Function} Function instance
             * @type {{
             *   (properties: perftools.profiles.Function.$Shape): perftools.profiles.Function & perftools.profiles.Function.$Shape;
             *   (properties?: perftools.profiles.Function.$Properties): perftools.profiles.Function;
             * }}
             */
            Function.create = function(properties) {
                return new Function(properties);
            };

            /**
             * Encodes the specified Function message. Does not implicitly {@link perftools.profiles.Function.verify|verify} messages.
             * @function encode
             * @memberof perftools.profiles.Function
             * @static
             * @param {perftools.profiles.Function.$Properties} m Function message or plain object to encode
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
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && (typeof m.id === "object" ? m.id.low || m.id.high : m.id !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.id);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && (typeof m.name === "object" ? m.name.low || m.name.high : m.name !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.name);
                if (m.systemName != null && $Object.hasOwnProperty.call(m, "systemName") && (typeof m.systemName === "object" ? m.systemName.low || m.systemName.high : m.systemName !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.systemName);
                if (m.filename != null && $Object.hasOwnProperty.call(m, "filename") && (typeof m.filename === "object" ? m.filename.low || m.filename.high : m.filename !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.filename);
                if (m.startLine != null && $Object.hasOwnProperty.call(m, "startLine") && (typeof m.startLine === "object" ? m.startLine.low || m.startLine.high : m.startLine !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.startLine);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Function message from the specified reader or buffer.
             * @function decode
             * @memberof perftools.profiles.Function
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {perftools.profiles.Function & perftools.profiles.Function.$Shape} Function
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
                m = g || new $root.perftools.profiles.Function();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.systemName = v;
                            else
                                delete m.systemName;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.filename = v;
                            else
                                delete m.filename;
                            continue;
                        }
                    case 5: {
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
             * @memberof perftools.profiles.Function
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {perftools.profiles.Function} Function
             */
            Function.fromObject = function (d, q) {
                if (d instanceof $root.perftools.profiles.Function)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".perftools.profiles.Function: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.perftools.profiles.Function();
                if (d.id != null) {
                    if (typeof d.id === "object" ? d.id.low || d.id.high : $Number(d.id) !== 0) {
                        if ($util.Long)
                            m.id = $util.Long.fromValue(d.id, true);
                        else if (typeof d.id === "string")
                            m.id = $parseInt(d.id, 10);
                        else if (typeof d.id === "number")
                            m.id = d.id;
                        else if (typeof d.id === "object")
                            m.id = new $util.LongBits(d.id.low >>> 0, d.id.high >>> 0).toNumber(true);
                    }
                }
                if (d.name != null) {
                    if (typeof d.name === "object" ? d.name.low || d.name.high : $Number(d.name) !== 0) {
                        if ($util.Long)
                            m.name = $util.Long.fromValue(d.name, false);
                        else if (typeof d.name === "string")
                            m.name = $parseInt(d.name, 10);
                        else if (typeof d.name === "number")
                            m.name = d.name;
                        else if (typeof d.name === "object")
                            m.name = new $util.LongBits(d.name.low >>> 0, d.name.high >>> 0).toNumber();
                    }
                }
                if (d.systemName != null) {
                    if (typeof d.systemName === "object" ? d.systemName.low || d.systemName.high : $Number(d.systemName) !== 0) {
                        if ($util.Long)
                            m.systemName = $util.Long.fromValue(d.systemName, false);
                        else if (typeof d.systemName === "string")
                            m.systemName = $parseInt(d.systemName, 10);
                        else if (typeof d.systemName === "number")
                            m.systemName = d.systemName;
                        else if (typeof d.systemName === "object")
                            m.systemName = new $util.LongBits(d.systemName.low >>> 0, d.systemName.high >>> 0).toNumber();
                    }
                }
                if (d.filename != null) {
                    if (typeof d.filename === "object" ? d.filename.low || d.filename.high : $Number(d.filename) !== 0) {
                        if ($util.Long)
                            m.filename = $util.Long.fromValue(d.filename, false);
                        else if (typeof d.filename === "string")
                            m.filename = $parseInt(d.filename, 10);
                        else if (typeof d.filename === "number")
                            m.filename = d.filename;
                        else if (typeof d.filename === "object")
                            m.filename = new $util.LongBits(d.filename.low >>> 0, d.filename.high >>> 0).toNumber();
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
             * @memberof perftools.profiles.Function
             * @static
             * @param {perftools.profiles.Function} m Function
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
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.id = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.id = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.name = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.name = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.systemName = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.systemName = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.filename = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.filename = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.startLine = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.startLine = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.id = typeof m.id === "number" ? $BigInt(m.id) : $util.Long.fromBits(m.id.low >>> 0, m.id.high >>> 0, true).toBigInt();
                    else if (typeof m.id === "number")
                        d.id = o.longs === $String ? $String(m.id) : m.id;
                    else
                        d.id = o.longs === $String ? $util.Long.prototype.toString.call(m.id) : o.longs === $Number ? new $util.LongBits(m.id.low >>> 0, m.id.high >>> 0).toNumber(true) : m.id;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.name = typeof m.name === "number" ? $BigInt(m.name) : $util.Long.fromBits(m.name.low >>> 0, m.name.high >>> 0, false).toBigInt();
                    else if (typeof m.name === "number")
                        d.name = o.longs === $String ? $String(m.name) : m.name;
                    else
                        d.name = o.longs === $String ? $util.Long.prototype.toString.call(m.name) : o.longs === $Number ? new $util.LongBits(m.name.low >>> 0, m.name.high >>> 0).toNumber() : m.name;
                }
                if (m.systemName != null && $Object.hasOwnProperty.call(m, "systemName")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.systemName = typeof m.systemName === "number" ? $BigInt(m.systemName) : $util.Long.fromBits(m.systemName.low >>> 0, m.systemName.high >>> 0, false).toBigInt();
                    else if (typeof m.systemName === "number")
                        d.systemName = o.longs === $String ? $String(m.systemName) : m.systemName;
                    else
                        d.systemName = o.longs === $String ? $util.Long.prototype.toString.call(m.systemName) : o.longs === $Number ? new $util.LongBits(m.systemName.low >>> 0, m.systemName.high >>> 0).toNumber() : m.systemName;
                }
                if (m.filename != null && $Object.hasOwnProperty.call(m, "filename")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.filename = typeof m.filename === "number" ? $BigInt(m.filename) : $util.Long.fromBits(m.filename.low >>> 0, m.filename.high >>> 0, false).toBigInt();
                    else if (typeof m.filename === "number")
                        d.filename = o.longs === $String ? $String(m.filename) : m.filename;
                    else
                        d.filename = o.longs === $String ? $util.Long.prototype.toString.call(m.filename) : o.longs === $Number ? new $util.LongBits(m.filename.low >>> 0, m.filename.high >>> 0).toNumber() : m.filename;
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
             * @memberof perftools.profiles.Function
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Function.prototype.toJSON = function() {
                return Function.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Function
             * @function getTypeUrl
             * @memberof perftools.profiles.Function
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Function.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/perftools.profiles.Function";
            };

            return Function;
        })();

        return profiles;
    })();

    return perftools;
})();

$root.types = (function() {

    /**
     * Namespace types.
     * @exports types
     * @namespace
     */
    var types = {};

    types.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof types
         * @namespace
         */
        var v1 = {};

        v1.LabelPair = (function() {

            /**
             * Properties of a LabelPair.
             * @typedef {Object} types.v1.LabelPair.$Properties
             * @property {string|null} [name] LabelPair name
             * @property {string|null} [value] LabelPair value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LabelPair.
             * @memberof types.v1
             * @interface ILabelPair
             * @augments types.v1.LabelPair.$Properties
             * @deprecated Use types.v1.LabelPair.$Properties instead.
             */

            /**
             * Shape of a LabelPair.
             * @typedef {types.v1.LabelPair.$Properties} types.v1.LabelPair.$Shape
             */

            /**
             * Constructs a new LabelPair.
             * @memberof types.v1
             * @classdesc Represents a LabelPair.
             * @constructor
             * @param {types.v1.LabelPair.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var LabelPair = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LabelPair name.
             * @member {string} name
             * @memberof types.v1.LabelPair
             * @instance
             */
            LabelPair.prototype.name = "";

            /**
             * LabelPair value.
             * @member {string} value
             * @memberof types.v1.LabelPair
             * @instance
             */
            LabelPair.prototype.value = "";

            /**
             * Creates a new LabelPair instance using the specified properties.
             * @function create
             * @memberof types.v1.LabelPair
             * @static
             * @param {types.v1.LabelPair.$Properties=} [properties] Properties to set
             * @returns {types.v1.LabelPair} LabelPair instance
             * @type {{
             *   (properties: types.v1.LabelPair.$Shape): types.v1.LabelPair & types.v1.LabelPair.$Shape;
             *   (properties?: types.v1.LabelPair.$Properties): types.v1.LabelPair;
             * }}
             */
            LabelPair.create = function(properties) {
                return new LabelPair(properties);
            };

            /**
             * Encodes the specified LabelPair message. Does not implicitly {@link types.v1.LabelPair.verify|verify} messages.
             * @function encode
             * @memberof types.v1.LabelPair
             * @static
             * @param {types.v1.LabelPair.$Properties} m LabelPair message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelPair.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.value);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LabelPair message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.LabelPair
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.LabelPair & types.v1.LabelPair.$Shape} LabelPair
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelPair.decode = function (r, l, z, q, g) {
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
                m = g || new $root.types.v1.LabelPair();
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
                                m.value = v;
                            else
                                delete m.value;
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
             * Creates a LabelPair message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.LabelPair
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {types.v1.LabelPair} LabelPair
             */
            LabelPair.fromObject = function (d, q) {
                if (d instanceof $root.types.v1.LabelPair)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".types.v1.LabelPair: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.types.v1.LabelPair();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.value != null) {
                    if (typeof d.value !== "string" || d.value.length) {
                        m.value = $String(d.value);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LabelPair message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.LabelPair
             * @static
             * @param {types.v1.LabelPair} m LabelPair
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LabelPair.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.value = "";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = m.value;
                }
                return d;
            };

            /**
             * Converts this LabelPair to JSON.
             * @function toJSON
             * @memberof types.v1.LabelPair
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LabelPair.prototype.toJSON = function() {
                return LabelPair.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LabelPair
             * @function getTypeUrl
             * @memberof types.v1.LabelPair
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LabelPair.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.LabelPair";
            };

            return LabelPair;
        })();

        v1.Labels = (function() {

            /**
             * Properties of a Labels.
             * @typedef {Object} types.v1.Labels.$Properties
             * @property {Array.<types.v1.LabelPair.$Properties>|null} [labels] Labels labels
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Labels.
             * @memberof types.v1
             * @interface ILabels
             * @augments types.v1.Labels.$Properties
             * @deprecated Use types.v1.Labels.$Properties instead.
             */

            /**
             * Shape of a Labels.
             * @typedef {types.v1.Labels.$Properties} types.v1.Labels.$Shape
             */

            /**
             * Constructs a new Labels.
             * @memberof types.v1
             * @classdesc Represents a Labels.
             * @constructor
             * @param {types.v1.Labels.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Labels = function (p) {
                this.labels = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Labels labels.
             * @member {Array.<types.v1.LabelPair.$Properties>} labels
             * @memberof types.v1.Labels
             * @instance
             */
            Labels.prototype.labels = $util.emptyArray;

            /**
             * Creates a new Labels instance using the specified properties.
             * @function create
             * @memberof types.v1.Labels
             * @static
             * @param {types.v1.Labels.$Properties=} [properties] Properties to set
             * @returns {types.v1.Labels} Labels instance
             * @type {{
             *   (properties: types.v1.Labels.$Shape): types.v1.Labels & types.v1.Labels.$Shape;
             *   (properties?: types.v1.Labels.$Properties): types.v1.Labels;
             * }}
             */
            Labels.create = function(properties) {
                return new Labels(properties);
            };

            /**
             * Encodes the specified Labels message. Does not implicitly {@link types.v1.Labels.verify|verify} messages.
             * @function encode
             * @memberof types.v1.Labels
             * @static
             * @param {types.v1.Labels.$Properties} m Labels message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Labels.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.labels != null && m.labels.length) {
                    for (var i = 0; i < m.labels.length; ++i)
                        $root.types.v1.LabelPair.encode(m.labels[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Labels message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.Labels
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.Labels & types.v1.Labels.$Shape} Labels
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Labels.decode = function (r, l, z, q, g) {
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
                m = g || new $root.types.v1.Labels();
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
                            if (!(m.labels && m.labels.length))
                                m.labels = [];
                            m.labels.push($root.types.v1.LabelPair.decode(r, r.size(), $undefined, q + 1));
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
             * Creates a Labels message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.Labels
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {types.v1.Labels} Labels
             */
            Labels.fromObject = function (d, q) {
                if (d instanceof $root.types.v1.Labels)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".types.v1.Labels: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.types.v1.Labels();
                if (d.labels) {
                    if (!$Array.isArray(d.labels))
                        throw $TypeError(".types.v1.Labels.labels: array expected");
                    m.labels = $Array(d.labels.length);
                    for (var i = 0; i < d.labels.length; ++i) {
                        if (!$util.isObject(d.labels[i]))
                            throw $TypeError(".types.v1.Labels.labels: object expected");
                        m.labels[i] = $root.types.v1.LabelPair.fromObject(d.labels[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Labels message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.Labels
             * @static
             * @param {types.v1.Labels} m Labels
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Labels.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.labels = [];
                }
                if (m.labels && m.labels.length) {
                    d.labels = $Array(m.labels.length);
                    for (var j = 0; j < m.labels.length; ++j) {
                        d.labels[j] = $root.types.v1.LabelPair.toObject(m.labels[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Labels to JSON.
             * @function toJSON
             * @memberof types.v1.Labels
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Labels.prototype.toJSON = function() {
                return Labels.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Labels
             * @function getTypeUrl
             * @memberof types.v1.Labels
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Labels.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.Labels";
            };

            return Labels;
        })();

        v1.ProfileType = (function() {

            /**
             * Properties of a ProfileType.
             * @typedef {Object} types.v1.ProfileType.$Properties
             * @property {string|null} [ID] ProfileType ID
             * @property {string|null} [name] ProfileType name
             * @property {string|null} [sampleType] ProfileType sampleType
             * @property {string|null} [sampleUnit] ProfileType sampleUnit
             * @property {string|null} [periodType] ProfileType periodType
             * @property {string|null} [periodUnit] ProfileType periodUnit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProfileType.
             * @memberof types.v1
             * @interface IProfileType
             * @augments types.v1.ProfileType.$Properties
             * @deprecated Use types.v1.ProfileType.$Properties instead.
             */

            /**
             * Shape of a ProfileType.
             * @typedef {types.v1.ProfileType.$Properties} types.v1.ProfileType.$Shape
             */

            /**
             * Constructs a new ProfileType.
             * @memberof types.v1
             * @classdesc Represents a ProfileType.
             * @constructor
             * @param {types.v1.ProfileType.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ProfileType = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ProfileType ID.
             * @member {string} ID
             * @memberof types.v1.ProfileType
             * @instance
             */
            ProfileType.prototype.ID = "";

            /**
             * ProfileType name.
             * @member {string} name
             * @memberof types.v1.ProfileType
             * @instance
             */
            ProfileType.prototype.name = "";

            /**
             * ProfileType sampleType.
             * @member {string} sampleType
             * @memberof types.v1.ProfileType
             * @instance
             */
            ProfileType.prototype.sampleType = "";

            /**
             * ProfileType sampleUnit.
             * @member {string} sampleUnit
             * @memberof types.v1.ProfileType
             * @instance
             */
            ProfileType.prototype.sampleUnit = "";

            /**
             * ProfileType periodType.
             * @member {string} periodType
             * @memberof types.v1.ProfileType
             * @instance
             */
            ProfileType.prototype.periodType = "";

            /**
             * ProfileType periodUnit.
             * @member {string} periodUnit
             * @memberof types.v1.ProfileType
             * @instance
             */
            ProfileType.prototype.periodUnit = "";

            /**
             * Creates a new ProfileType instance using the specified properties.
             * @function create
             * @memberof types.v1.ProfileType
             * @static
             * @param {types.v1.ProfileType.$Properties=} [properties] Properties to set
             * @returns {types.v1.ProfileType} ProfileType instance
             * @type {{
             *   (properties: types.v1.ProfileType.$Shape): types.v1.ProfileType & types.v1.ProfileType.$Shape;
             *   (properties?: types.v1.ProfileType.$Properties): types.v1.ProfileType;
             * }}
             */
            ProfileType.create = function(properties) {
                return new ProfileType(properties);
            };

            /**
             * Encodes the specified ProfileType message. Does not implicitly {@link types.v1.ProfileType.verify|verify} messages.
             * @function encode
             * @memberof types.v1.ProfileType
             * @static
             * @param {types.v1.ProfileType.$Properties} m ProfileType message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileType.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ID != null && $Object.hasOwnProperty.call(m, "ID") && m.ID !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.ID);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                if (m.sampleType != null && $Object.hasOwnProperty.call(m, "sampleType") && m.sampleType !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.sampleType);
                if (m.sampleUnit != null && $Object.hasOwnProperty.call(m, "sampleUnit") && m.sampleUnit !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.sampleUnit);
                if (m.periodType != null && $Object.hasOwnProperty.call(m, "periodType") && m.periodType !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.periodType);
                if (m.periodUnit != null && $Object.hasOwnProperty.call(m, "periodUnit") && m.periodUnit !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.periodUnit);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ProfileType message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.ProfileType
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.ProfileType & types.v1.ProfileType.$Shape} ProfileType
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileType.decode = function (r, l, z, q, g) {
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
                m = g || new $root.types.v1.ProfileType();
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
                                m.ID = v;
                            else
                                delete m.ID;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sampleType = v;
                            else
                                delete m.sampleType;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sampleUnit = v;
                            else
                                delete m.sampleUnit;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.periodType = v;
                            else
                                delete m.periodType;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.periodUnit = v;
                            else
                                delete m.periodUnit;
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
             * Creates a ProfileType message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.ProfileType
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {types.v1.ProfileType} ProfileType
             */
            ProfileType.fromObject = function (d, q) {
                if (d instanceof $root.types.v1.ProfileType)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".types.v1.ProfileType: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.types.v1.ProfileType();
                if (d.ID != null) {
                    if (typeof d.ID !== "string" || d.ID.length) {
                        m.ID = $String(d.ID);
                    }
                }
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.sampleType != null) {
                    if (typeof d.sampleType !== "string" || d.sampleType.length) {
                        m.sampleType = $String(d.sampleType);
                    }
                }
                if (d.sampleUnit != null) {
                    if (typeof d.sampleUnit !== "string" || d.sampleUnit.length) {
                        m.sampleUnit = $String(d.sampleUnit);
                    }
                }
                if (d.periodType != null) {
                    if (typeof d.periodType !== "string" || d.periodType.length) {
                        m.periodType = $String(d.periodType);
                    }
                }
                if (d.periodUnit != null) {
                    if (typeof d.periodUnit !== "string" || d.periodUnit.length) {
                        m.periodUnit = $String(d.periodUnit);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ProfileType message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.ProfileType
             * @static
             * @param {types.v1.ProfileType} m ProfileType
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProfileType.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ID = "";
                    d.name = "";
                    d.sampleType = "";
                    d.sampleUnit = "";
                    d.periodType = "";
                    d.periodUnit = "";
                }
                if (m.ID != null && $Object.hasOwnProperty.call(m, "ID")) {
                    d.ID = m.ID;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.sampleType != null && $Object.hasOwnProperty.call(m, "sampleType")) {
                    d.sampleType = m.sampleType;
                }
                if (m.sampleUnit != null && $Object.hasOwnProperty.call(m, "sampleUnit")) {
                    d.sampleUnit = m.sampleUnit;
                }
                if (m.periodType != null && $Object.hasOwnProperty.call(m, "periodType")) {
                    d.periodType = m.periodType;
                }
                if (m.periodUnit != null && $Object.hasOwnProperty.call(m, "periodUnit")) {
                    d.periodUnit = m.periodUnit;
                }
                return d;
            };

            /**
             * Converts this ProfileType to JSON.
             * @function toJSON
             * @memberof types.v1.ProfileType
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProfileType.prototype.toJSON = function() {
                return ProfileType.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProfileType
             * @function getTypeUrl
             * @memberof types.v1.ProfileType
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProfileType.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.ProfileType";
            };

            return ProfileType;
        })();

        v1.Series = (function() {

            /**
             * Properties of a Series.
             * @typedef {Object} types.v1.Series.$Properties
             * @property {Array.<types.v1.LabelPair.$Properties>|null} [labels] Series labels
             * @property {Array.<types.v1.Point.$Properties>|null} [points] Series points
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Series.
             * @memberof types.v1
             * @interface ISeries
             * @augments types.v1.Series.$Properties
             * @deprecated Use types.v1.Series.$Properties instead.
             */

            /**
             * Shape of a Series.
             * @typedef {types.v1.Series.$Properties} types.v1.Series.$Shape
             */

            /**
             * Constructs a new Series.
             * @memberof types.v1
             * @classdesc Represents a Series.
             * @constructor
             * @param {types.v1.Series.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Series = function (p) {
                this.labels = [];
                this.points = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Series labels.
             * @member {Array.<types.v1.LabelPair.$Properties>} labels
             * @memberof types.v1.Series
             * @instance
             */
            Series.prototype.labels = $util.emptyArray;

            /**
             * Series points.
             * @member {Array.<types.v1.Point.$Properties>} points
             * @memberof types.v1.Series
             * @instance
             */
            Series.prototype.points = $util.emptyArray;

            /**
             * Creates a new Series instance using the specified properties.
             * @function create
             * @memberof types.v1.Series
             * @static
             * @param {types.v1.Series.$Properties=} [properties] Properties to set
             * @returns {types.v1.Series} Series instance
             * @type {{
             *   (properties: types.v1.Series.$Shape): types.v1.Series & types.v1.Series.$Shape;
             *   (properties?: types.v1.Series.$Properties): types.v1.Series;
             * }}
             */
            Series.create = function(properties) {
                return new Series(properties);
            };

            /**
             * Encodes the specified Series message. Does not implicitly {@link types.v1.Series.verify|verify} messages.
             * @function encode
             * @memberof types.v1.Series
             * @static
             * @param {types.v1.Series.$Properties} m Series message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Series.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.labels != null && m.labels.length) {
                    for (var i = 0; i < m.labels.length; ++i)
                        $root.types.v1.LabelPair.encode(m.labels[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.points != null && m.points.length) {
                    for (var i = 0; i < m.points.length; ++i)
                        $root.types.v1.Point.encode(m.points[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Series message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.Series
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.Series & types.v1.Series.$Shape} Series
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Series.decode = function (r, l, z, q, g) {
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
                m = g || new $root.types.v1.Series();
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
                            if (!(m.labels && m.labels.length))
                                m.labels = [];
                            m.labels.push($root.types.v1.LabelPair.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.points && m.points.length))
                                m.points = [];
                            m.points.push($root.types.v1.Point.decode(r, r.size(), $undefined, q + 1));
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
             * Creates a Series message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.Series
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {types.v1.Series} Series
             */
            Series.fromObject = function (d, q) {
                if (d instanceof $root.types.v1.Series)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".types.v1.Series: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.types.v1.Series();
                if (d.labels) {
                    if (!$Array.isArray(d.labels))
                        throw $TypeError(".types.v1.Series.labels: array expected");
                    m.labels = $Array(d.labels.length);
                    for (var i = 0; i < d.labels.length; ++i) {
                        if (!$util.isObject(d.labels[i]))
                            throw $TypeError(".types.v1.Series.labels: object expected");
                        m.labels[i] = $root.types.v1.LabelPair.fromObject(d.labels[i], q + 1);
                    }
                }
                if (d.points) {
                    if (!$Array.isArray(d.points))
                        throw $TypeError(".types.v1.Series.points: array expected");
                    m.points = $Array(d.points.length);
                    for (var i = 0; i < d.points.length; ++i) {
                        if (!$util.isObject(d.points[i]))
                            throw $TypeError(".types.v1.Series.points: object expected");
                        m.points[i] = $root.types.v1.Point.fromObject(d.points[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Series message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.Series
             * @static
             * @param {types.v1.Series} m Series
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Series.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.labels = [];
                    d.points = [];
                }
                if (m.labels && m.labels.length) {
                    d.labels = $Array(m.labels.length);
                    for (var j = 0; j < m.labels.length; ++j) {
                        d.labels[j] = $root.types.v1.LabelPair.toObject(m.labels[j], o, q + 1);
                    }
                }
                if (m.points && m.points.length) {
                    d.points = $Array(m.points.length);
                    for (var j = 0; j < m.points.length; ++j) {
                        d.points[j] = $root.types.v1.Point.toObject(m.points[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Series to JSON.
             * @function toJSON
             * @memberof types.v1.Series
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Series.prototype.toJSON = function() {
                return Series.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Series
             * @function getTypeUrl
             * @memberof types.v1.Series
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Series.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.Series";
            };

            return Series;
        })();

        v1.Point = (function() {

            /**
             * Properties of a Point.
             * @typedef {Object} types.v1.Point.$Properties
             * @property {number|null} [value] Point value
             * @property {number|Long|null} [timestamp] Point timestamp
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Point.
             * @memberof types.v1
             * @interface IPoint
             * @augments types.v1.Point.$Properties
             * @deprecated Use types.v1.Point.$Properties instead.
             */

            /**
             * Shape of a Point.
             * @typedef {types.v1.Point.$Properties} types.v1.Point.$Shape
             */

            /**
             * Constructs a new Point.
             * @memberof types.v1
             * @classdesc Represents a Point.
             * @constructor
             * @param {types.v1.Point.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Point = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Point value.
             * @member {number} value
             * @memberof types.v1.Point
             * @instance
             */
            Point.prototype.value = 0;

            /**
             * Point timestamp.
             * @member {number|Long} timestamp
             * @memberof types.v1.Point
             * @instance
             */
            Point.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Point instance using the specified properties.
             * @function create
             * @memberof types.v1.Point
             * @static
             * @param {types.v1.Point.$Properties=} [properties] Properties to set
             * @returns {types.v1.Point} Point instance
             * @type {{
             *   (properties: types.v1.Point.$Shape): types.v1.Point & types.v1.Point.$Shape;
             *   (properties?: types.v1.Point.$Properties): types.v1.Point;
             * }}
             */
            Point.create = function(properties) {
                return new Point(properties);
            };

            /**
             * Encodes the specified Point message. Does not implicitly {@link types.v1.Point.verify|verify} messages.
             * @function encode
             * @memberof types.v1.Point
             * @static
             * @param {types.v1.Point.$Properties} m Point message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Point.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && !$Object.is(m.value, 0))
                    w.uint32(/* id 1, wireType 1 =*/9).double(m.value);
                if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp") && (typeof m.timestamp === "object" ? m.timestamp.low || m.timestamp.high : m.timestamp !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.timestamp);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Point message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.Point
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.Point & types.v1.Point.$Shape} Point
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Point.decode = function (r, l, z, q, g) {
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
                m = g || new $root.types.v1.Point();
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
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timestamp = v;
                            else
                                delete m.timestamp;
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
             * Creates a Point message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.Point
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {types.v1.Point} Point
             */
            Point.fromObject = function (d, q) {
                if (d instanceof $root.types.v1.Point)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".types.v1.Point: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.types.v1.Point();
                if (d.value != null) {
                    if (!$Object.is($Number(d.value), 0)) {
                        m.value = $Number(d.value);
                    }
                }
                if (d.timestamp != null) {
                    if (typeof d.timestamp === "object" ? d.timestamp.low || d.timestamp.high : $Number(d.timestamp) !== 0) {
                        if ($util.Long)
                            m.timestamp = $util.Long.fromValue(d.timestamp, false);
                        else if (typeof d.timestamp === "string")
                            m.timestamp = $parseInt(d.timestamp, 10);
                        else if (typeof d.timestamp === "number")
                            m.timestamp = d.timestamp;
                        else if (typeof d.timestamp === "object")
                            m.timestamp = new $util.LongBits(d.timestamp.low >>> 0, d.timestamp.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Point message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.Point
             * @static
             * @param {types.v1.Point} m Point
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Point.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.value = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timestamp = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timestamp = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.json && !$isFinite(m.value) ? $String(m.value) : m.value;
                }
                if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timestamp = typeof m.timestamp === "number" ? $BigInt(m.timestamp) : $util.Long.fromBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof m.timestamp === "number")
                        d.timestamp = o.longs === $String ? $String(m.timestamp) : m.timestamp;
                    else
                        d.timestamp = o.longs === $String ? $util.Long.prototype.toString.call(m.timestamp) : o.longs === $Number ? new $util.LongBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0).toNumber() : m.timestamp;
                }
                return d;
            };

            /**
             * Converts this Point to JSON.
             * @function toJSON
             * @memberof types.v1.Point
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Point.prototype.toJSON = function() {
                return Point.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Point
             * @function getTypeUrl
             * @memberof types.v1.Point
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Point.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.Point";
            };

            return Point;
        })();

        v1.LabelNamesRequest = (function() {

            /**
             * Properties of a LabelNamesRequest.
             * @typedef {Object} types.v1.LabelNamesRequest.$Properties
             * @property {Array.<string>|null} [matchers] LabelNamesRequest matchers
             * @property {number|Long|null} [start] LabelNamesRequest start
             * @property {number|Long|null} [end] LabelNamesRequest end
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LabelNamesRequest.
             * @memberof types.v1
             * @interface ILabelNamesRequest
             * @augments types.v1.LabelNamesRequest.$Properties
             * @deprecated Use types.v1.LabelNamesRequest.$Properties instead.
             */

            /**
             * Shape of a LabelNamesRequest.
             * @typedef {types.v1.LabelNamesRequest.$Properties} types.v1.LabelNamesRequest.$Shape
             */

            /**
             * Constructs a new LabelNamesRequest.
             * @memberof types.v1
             * @classdesc Represents a LabelNamesRequest.
             * @constructor
             * @param {types.v1.LabelNamesRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var LabelNamesRequest = function (p) {
                this.matchers = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LabelNamesRequest matchers.
             * @member {Array.<string>} matchers
             * @memberof types.v1.LabelNamesRequest
             * @instance
             */
            LabelNamesRequest.prototype.matchers = $util.emptyArray;

            /**
             * LabelNamesRequest start.
             * @member {number|Long} start
             * @memberof types.v1.LabelNamesRequest
             * @instance
             */
            LabelNamesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LabelNamesRequest end.
             * @member {number|Long} end
             * @memberof types.v1.LabelNamesRequest
             * @instance
             */
            LabelNamesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new LabelNamesRequest instance using the specified properties.
             * @function create
             * @memberof types.v1.LabelNamesRequest
             * @static
             * @param {types.v1.LabelNamesRequest.$Properties=} [properties] Properties to set
             * @returns {types.v1.LabelNamesRequest} LabelNamesRequest instance
             * @type {{
             *   (properties: types.v1.LabelNamesRequest.$Shape): types.v1.LabelNamesRequest & types.v1.LabelNamesRequest.$Shape;
             *   (properties?: types.v1.LabelNamesRequest.$Properties): types.v1.LabelNamesRequest;
             * }}
             */
            LabelNamesRequest.create = function(properties) {
                return new LabelNamesRequest(properties);
            };

            /**
             * Encodes the specified LabelNamesRequest message. Does not implicitly {@link types.v1.LabelNamesRequest.verify|verify} messages.
             * @function encode
             * @memberof types.v1.LabelNamesRequest
             * @static
             * @param {types.v1.LabelNamesRequest.$Properties} m LabelNamesRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelNamesRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.matchers != null && m.matchers.length) {
                    for (var i = 0; i < m.matchers.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.matchers[i]);
                }
                if (m.start != null && $Object.hasOwnProperty.call(m, "start") && (typeof m.start === "object" ? m.start.low || m.start.high : m.start !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.start);
                if (m.end != null && $Object.hasOwnProperty.call(m, "end") && (typeof m.end === "object" ? m.end.low || m.end.high : m.end !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.end);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LabelNamesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.LabelNamesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.LabelNamesRequest & types.v1.LabelNamesRequest.$Shape} LabelNamesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelNamesRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.types.v1.LabelNamesRequest();
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
                            if (!(m.matchers && m.matchers.length))
                                m.matchers = [];
                            m.matchers.push(r.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.start = v;
                            else
                                delete m.start;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.end = v;
                            else
                                delete m.end;
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
             * Creates a LabelNamesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.LabelNamesRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {types.v1.LabelNamesRequest} LabelNamesRequest
             */
            LabelNamesRequest.fromObject = function (d, q) {
                if (d instanceof $root.types.v1.LabelNamesRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".types.v1.LabelNamesRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.types.v1.LabelNamesRequest();
                if (d.matchers) {
                    if (!$Array.isArray(d.matchers))
                        throw $TypeError(".types.v1.LabelNamesRequest.matchers: array expected");
                    m.matchers = $Array(d.matchers.length);
                    for (var i = 0; i < d.matchers.length; ++i) {
                        m.matchers[i] = $String(d.matchers[i]);
                    }
                }
                if (d.start != null) {
                    if (typeof d.start === "object" ? d.start.low || d.start.high : $Number(d.start) !== 0) {
                        if ($util.Long)
                            m.start = $util.Long.fromValue(d.start, false);
                        else if (typeof d.start === "string")
                            m.start = $parseInt(d.start, 10);
                        else if (typeof d.start === "number")
                            m.start = d.start;
                        else if (typeof d.start === "object")
                            m.start = new $util.LongBits(d.start.low >>> 0, d.start.high >>> 0).toNumber();
                    }
                }
                if (d.end != null) {
                    if (typeof d.end === "object" ? d.end.low || d.end.high : $Number(d.end) !== 0) {
                        if ($util.Long)
                            m.end = $util.Long.fromValue(d.end, false);
                        else if (typeof d.end === "string")
                            m.end = $parseInt(d.end, 10);
                        else if (typeof d.end === "number")
                            m.end = d.end;
                        else if (typeof d.end === "object")
                            m.end = new $util.LongBits(d.end.low >>> 0, d.end.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LabelNamesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.LabelNamesRequest
             * @static
             * @param {types.v1.LabelNamesRequest} m LabelNamesRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LabelNamesRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.matchers = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.start = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.start = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.end = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.end = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.matchers && m.matchers.length) {
                    d.matchers = $Array(m.matchers.length);
                    for (var j = 0; j < m.matchers.length; ++j) {
                        d.matchers[j] = m.matchers[j];
                    }
                }
                if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.start = typeof m.start === "number" ? $BigInt(m.start) : $util.Long.fromBits(m.start.low >>> 0, m.start.high >>> 0, false).toBigInt();
                    else if (typeof m.start === "number")
                        d.start = o.longs === $String ? $String(m.start) : m.start;
                    else
                        d.start = o.longs === $String ? $util.Long.prototype.toString.call(m.start) : o.longs === $Number ? new $util.LongBits(m.start.low >>> 0, m.start.high >>> 0).toNumber() : m.start;
                }
                if (m.end != null && $Object.hasOwnProperty.call(m, "end")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.end = typeof m.end === "number" ? $BigInt(m.end) : $util.Long.fromBits(m.end.low >>> 0, m.end.high >>> 0, false).toBigInt();
                    else if (typeof m.end === "number")
                        d.end = o.longs === $String ? $String(m.end) : m.end;
                    else
                        d.end = o.longs === $String ? $util.Long.prototype.toString.call(m.end) : o.longs === $Number ? new $util.LongBits(m.end.low >>> 0, m.end.high >>> 0).toNumber() : m.end;
                }
                return d;
            };

            /**
             * Converts this LabelNamesRequest to JSON.
             * @function toJSON
             * @memberof types.v1.LabelNamesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LabelNamesRequest.prototype.toJSON = function() {
                return LabelNamesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LabelNamesRequest
             * @function getTypeUrl
             * @memberof types.v1.LabelNamesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LabelNamesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.LabelNamesRequest";
            };

            return LabelNamesRequest;
        })();

        v1.LabelNamesResponse = (function() {

            /**
             * Properties of a LabelNamesResponse.
             * @typedef {Object} types.v1.LabelNamesResponse.$Properties
             * @property {Array.<string>|null} [names] LabelNamesResponse names
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LabelNamesResponse.
             * @memberof types.v1
             * @interface ILabelNamesResponse
             * @augments types.v1.LabelNamesResponse.$Properties
             * @deprecated Use types.v1.LabelNamesResponse.$Properties instead.
             */

            /**
             * Shape of a LabelNamesResponse.
             * @typedef {types.v1.LabelNamesResponse.$Properties} types.v1.LabelNamesResponse.$Shape
             */

            /**
             * Constructs a new LabelNamesResponse.
             * @memberof types.v1
             * @classdesc Represents a LabelNamesResponse.
             * @constructor
             * @param {types.v1.LabelNamesResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var LabelNamesResponse = function (p) {
                this.names = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LabelNamesResponse names.
             * @member {Array.<string>} names
             * @memberof types.v1.LabelNamesResponse
             * @instance
             */
            LabelNamesResponse.prototype.names = $util.emptyArray;

            /**
             * Creates a new LabelNamesResponse instance using the specified properties.
             * @function create
             * @memberof types.v1.LabelNamesResponse
             * @static
             * @param {types.v1.LabelNamesResponse.$Properties=} [properties] Properties to set
             * @returns {types.v1.LabelNamesResponse} LabelNamesResponse instance
             * @type {{
             *   (properties: types.v1.LabelNamesResponse.$Shape): types.v1.LabelNamesResponse & types.v1.LabelNamesResponse.$Shape;
             *   (properties?: types.v1.LabelNamesResponse.$Properties): types.v1.LabelNamesResponse;
             * }}
             */
            LabelNamesResponse.create = function(properties) {
                return new LabelNamesResponse(properties);
            };

            /**
             * Encodes the specified LabelNamesResponse message. Does not implicitly {@link types.v1.LabelNamesResponse.verify|verify} messages.
             * @function encode
             * @memberof types.v1.LabelNamesResponse
             * @static
             * @param {types.v1.LabelNamesResponse.$Properties} m LabelNamesResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelNamesResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.names != null && m.names.length) {
                    for (var i = 0; i < m.names.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.names[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LabelNamesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.LabelNamesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.LabelNamesResponse & types.v1.LabelNamesResponse.$Shape} LabelNamesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelNamesResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.types.v1.LabelNamesResponse();
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
                            if (!(m.names && m.names.length))
                                m.names = [];
                            m.names.push(r.stringVerify());
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
             * Creates a LabelNamesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.LabelNamesResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {types.v1.LabelNamesResponse} LabelNamesResponse
             */
            LabelNamesResponse.fromObject = function (d, q) {
                if (d instanceof $root.types.v1.LabelNamesResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".types.v1.LabelNamesResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.types.v1.LabelNamesResponse();
                if (d.names) {
                    if (!$Array.isArray(d.names))
                        throw $TypeError(".types.v1.LabelNamesResponse.names: array expected");
                    m.names = $Array(d.names.length);
                    for (var i = 0; i < d.names.length; ++i) {
                        m.names[i] = $String(d.names[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LabelNamesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.LabelNamesResponse
             * @static
             * @param {types.v1.LabelNamesResponse} m LabelNamesResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LabelNamesResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.names = [];
                }
                if (m.names && m.names.length) {
                    d.names = $Array(m.names.length);
                    for (var j = 0; j < m.names.length; ++j) {
                        d.names[j] = m.names[j];
                    }
                }
                return d;
            };

            /**
             * Converts this LabelNamesResponse to JSON.
             * @function toJSON
             * @memberof types.v1.LabelNamesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LabelNamesResponse.prototype.toJSON = function() {
                return LabelNamesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LabelNamesResponse
             * @function getTypeUrl
             * @memberof types.v1.LabelNamesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LabelNamesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.LabelNamesResponse";
            };

            return LabelNamesResponse;
        })();

        v1.LabelValuesRequest = (function() {

            /**
             * Properties of a LabelValuesRequest.
             * @typedef {Object} types.v1.LabelValuesRequest.$Properties
             * @property {string|null} [name] LabelValuesRequest name
             * @property {Array.<string>|null} [matchers] LabelValuesRequest matchers
             * @property {number|Long|null} [start] LabelValuesRequest start
             * @property {number|Long|null} [end] LabelValuesRequest end
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LabelValuesRequest.
             * @memberof types.v1
             * @interface ILabelValuesRequest
             * @augments types.v1.LabelValuesRequest.$Properties
             * @deprecated Use types.v1.LabelValuesRequest.$Properties instead.
             */

            /**
             * Shape of a LabelValuesRequest.
             * @typedef {types.v1.LabelValuesRequest.$Properties} types.v1.LabelValuesRequest.$Shape
             */

            /**
             * Constructs a new LabelValuesRequest.
             * @memberof types.v1
             * @classdesc Represents a LabelValuesRequest.
             * @constructor
             * @param {types.v1.LabelValuesRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var LabelValuesRequest = function (p) {
                this.matchers = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LabelValuesRequest name.
             * @member {string} name
             * @memberof types.v1.LabelValuesRequest
             * @instance
             */
            LabelValuesRequest.prototype.name = "";

            /**
             * LabelValuesRequest matchers.
             * @member {Array.<string>} matchers
             * @memberof types.v1.LabelValuesRequest
             * @instance
             */
            LabelValuesRequest.prototype.matchers = $util.emptyArray;

            /**
             * LabelValuesRequest start.
             * @member {number|Long} start
             * @memberof types.v1.LabelValuesRequest
             * @instance
             */
            LabelValuesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LabelValuesRequest end.
             * @member {number|Long} end
             * @memberof types.v1.LabelValuesRequest
             * @instance
             */
            LabelValuesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new LabelValuesRequest instance using the specified properties.
             * @function create
             * @memberof types.v1.LabelValuesRequest
             * @static
             * @param {types.v1.LabelValuesRequest.$Properties=} [properties] Properties to set
             * @returns {types.v1.LabelValuesRequest} LabelValuesRequest instance
             * @type {{
             *   (properties: types.v1.LabelValuesRequest.$Shape): types.v1.LabelValuesRequest & types.v1.LabelValuesRequest.$Shape;
             *   (properties?: types.v1.LabelValuesRequest.$Properties): types.v1.LabelValuesRequest;
             * }}
             */
            LabelValuesRequest.create = function(properties) {
                return new LabelValuesRequest(properties);
            };

            /**
             * Encodes the specified LabelValuesRequest message. Does not implicitly {@link types.v1.LabelValuesRequest.verify|verify} messages.
             * @function encode
             * @memberof types.v1.LabelValuesRequest
             * @static
             * @param {types.v1.LabelValuesRequest.$Properties} m LabelValuesRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelValuesRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.matchers != null && m.matchers.length) {
                    for (var i = 0; i < m.matchers.length; ++i)
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.matchers[i]);
                }
                if (m.start != null && $Object.hasOwnProperty.call(m, "start") && (typeof m.start === "object" ? m.start.low || m.start.high : m.start !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.start);
                if (m.end != null && $Object.hasOwnProperty.call(m, "end") && (typeof m.end === "object" ? m.end.low || m.end.high : m.end !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.end);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LabelValuesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.LabelValuesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.LabelValuesRequest & types.v1.LabelValuesRequest.$Shape} LabelValuesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelValuesRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.types.v1.LabelValuesRequest();
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
                            if (!(m.matchers && m.matchers.length))
                                m.matchers = [];
                            m.matchers.push(r.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.start = v;
                            else
                                delete m.start;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.end = v;
                            else
                                delete m.end;
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
             * Creates a LabelValuesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.LabelValuesRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {types.v1.LabelValuesRequest} LabelValuesRequest
             */
            LabelValuesRequest.fromObject = function (d, q) {
                if (d instanceof $root.types.v1.LabelValuesRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".types.v1.LabelValuesRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.types.v1.LabelValuesRequest();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.matchers) {
                    if (!$Array.isArray(d.matchers))
                        throw $TypeError(".types.v1.LabelValuesRequest.matchers: array expected");
                    m.matchers = $Array(d.matchers.length);
                    for (var i = 0; i < d.matchers.length; ++i) {
                        m.matchers[i] = $String(d.matchers[i]);
                    }
                }
                if (d.start != null) {
                    if (typeof d.start === "object" ? d.start.low || d.start.high : $Number(d.start) !== 0) {
                        if ($util.Long)
                            m.start = $util.Long.fromValue(d.start, false);
                        else if (typeof d.start === "string")
                            m.start = $parseInt(d.start, 10);
                        else if (typeof d.start === "number")
                            m.start = d.start;
                        else if (typeof d.start === "object")
                            m.start = new $util.LongBits(d.start.low >>> 0, d.start.high >>> 0).toNumber();
                    }
                }
                if (d.end != null) {
                    if (typeof d.end === "object" ? d.end.low || d.end.high : $Number(d.end) !== 0) {
                        if ($util.Long)
                            m.end = $util.Long.fromValue(d.end, false);
                        else if (typeof d.end === "string")
                            m.end = $parseInt(d.end, 10);
                        else if (typeof d.end === "number")
                            m.end = d.end;
                        else if (typeof d.end === "object")
                            m.end = new $util.LongBits(d.end.low >>> 0, d.end.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LabelValuesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.LabelValuesRequest
             * @static
             * @param {types.v1.LabelValuesRequest} m LabelValuesRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LabelValuesRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.matchers = [];
                }
                if (o.defaults) {
                    d.name = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.start = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.start = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.end = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.end = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.matchers && m.matchers.length) {
                    d.matchers = $Array(m.matchers.length);
                    for (var j = 0; j < m.matchers.length; ++j) {
                        d.matchers[j] = m.matchers[j];
                    }
                }
                if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.start = typeof m.start === "number" ? $BigInt(m.start) : $util.Long.fromBits(m.start.low >>> 0, m.start.high >>> 0, false).toBigInt();
                    else if (typeof m.start === "number")
                        d.start = o.longs === $String ? $String(m.start) : m.start;
                    else
                        d.start = o.longs === $String ? $util.Long.prototype.toString.call(m.start) : o.longs === $Number ? new $util.LongBits(m.start.low >>> 0, m.start.high >>> 0).toNumber() : m.start;
                }
                if (m.end != null && $Object.hasOwnProperty.call(m, "end")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.end = typeof m.end === "number" ? $BigInt(m.end) : $util.Long.fromBits(m.end.low >>> 0, m.end.high >>> 0, false).toBigInt();
                    else if (typeof m.end === "number")
                        d.end = o.longs === $String ? $String(m.end) : m.end;
                    else
                        d.end = o.longs === $String ? $util.Long.prototype.toString.call(m.end) : o.longs === $Number ? new $util.LongBits(m.end.low >>> 0, m.end.high >>> 0).toNumber() : m.end;
                }
                return d;
            };

            /**
             * Converts this LabelValuesRequest to JSON.
             * @function toJSON
             * @memberof types.v1.LabelValuesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LabelValuesRequest.prototype.toJSON = function() {
                return LabelValuesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LabelValuesRequest
             * @function getTypeUrl
             * @memberof types.v1.LabelValuesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LabelValuesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.LabelValuesRequest";
            };

            return LabelValuesRequest;
        })();

        v1.LabelValuesResponse = (function() {

            /**
             * Properties of a LabelValuesResponse.
             * @typedef {Object} types.v1.LabelValuesResponse.$Properties
             * @property {Array.<string>|null} [names] LabelValuesResponse names
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LabelValuesResponse.
             * @memberof types.v1
             * @interface ILabelValuesResponse
             * @augments types.v1.LabelValuesResponse.$Properties
             * @deprecated Use types.v1.LabelValuesResponse.$Properties instead.
             */

            /**
             * Shape of a LabelValuesResponse.
             * @typedef {types.v1.LabelValuesResponse.$Properties} types.v1.LabelValuesResponse.$Shape
             */

            /**
             * Constructs a new LabelValuesResponse.
             * @memberof types.v1
             * @classdesc Represents a LabelValuesResponse.
             * @constructor
             * @param {types.v1.LabelValuesResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var LabelValuesResponse = function (p) {
                this.names = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LabelValuesResponse names.
             * @member {Array.<string>} names
             * @memberof types.v1.LabelValuesResponse
             * @instance
             */
            LabelValuesResponse.prototype.names = $util.emptyArray;

            /**
             * Creates a new LabelValuesResponse instance using the specified properties.
             * @function create
             * @memberof types.v1.LabelValuesResponse
             * @static
             * @param {types.v1.LabelValuesResponse.$Properties=} [properties] Properties to set
             * @returns {types.v1.LabelValuesResponse} LabelValuesResponse instance
             * @type {{
             *   (properties: types.v1.LabelValuesResponse.$Shape): types.v1.LabelValuesResponse & types.v1.LabelValuesResponse.$Shape;
             *   (properties?: types.v1.LabelValuesResponse.$Properties): types.v1.LabelValuesResponse;
             * }}
             */
            LabelValuesResponse.create = function(properties) {
                return new LabelValuesResponse(properties);
            };

            /**
             * Encodes the specified LabelValuesResponse message. Does not implicitly {@link types.v1.LabelValuesResponse.verify|verify} messages.
             * @function encode
             * @memberof types.v1.LabelValuesResponse
             * @static
             * @param {types.v1.LabelValuesResponse.$Properties} m LabelValuesResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelValuesResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.names != null && m.names.length) {
                    for (var i = 0; i < m.names.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.names[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LabelValuesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.LabelValuesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.LabelValuesResponse & types.v1.LabelValuesResponse.$Shape} LabelValuesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelValuesResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.types.v1.LabelValuesResponse();
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
                            if (!(m.names && m.names.length))
                                m.names = [];
                            m.names.push(r.stringVerify());
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
             * Creates a LabelValuesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.LabelValuesResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {types.v1.LabelValuesResponse} LabelValuesResponse
             */
            LabelValuesResponse.fromObject = function (d, q) {
                if (d instanceof $root.types.v1.LabelValuesResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".types.v1.LabelValuesResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.types.v1.LabelValuesResponse();
                if (d.names) {
                    if (!$Array.isArray(d.names))
                        throw $TypeError(".types.v1.LabelValuesResponse.names: array expected");
                    m.names = $Array(d.names.length);
                    for (var i = 0; i < d.names.length; ++i) {
                        m.names[i] = $String(d.names[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LabelValuesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.LabelValuesResponse
             * @static
             * @param {types.v1.LabelValuesResponse} m LabelValuesResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LabelValuesResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.names = [];
                }
                if (m.names && m.names.length) {
                    d.names = $Array(m.names.length);
                    for (var j = 0; j < m.names.length; ++j) {
                        d.names[j] = m.names[j];
                    }
                }
                return d;
            };

            /**
             * Converts this LabelValuesResponse to JSON.
             * @function toJSON
             * @memberof types.v1.LabelValuesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LabelValuesResponse.prototype.toJSON = function() {
                return LabelValuesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LabelValuesResponse
             * @function getTypeUrl
             * @memberof types.v1.LabelValuesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LabelValuesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.LabelValuesResponse";
            };

            return LabelValuesResponse;
        })();

        /**
         * TimeSeriesAggregationType enum.
         * @name types.v1.TimeSeriesAggregationType
         * @enum {number}
         * @property {number} TIME_SERIES_AGGREGATION_TYPE_SUM=0 TIME_SERIES_AGGREGATION_TYPE_SUM value
         * @property {number} TIME_SERIES_AGGREGATION_TYPE_AVERAGE=1 TIME_SERIES_AGGREGATION_TYPE_AVERAGE value
         */
        v1.TimeSeriesAggregationType = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TIME_SERIES_AGGREGATION_TYPE_SUM"] = 0;
            values[valuesById[1] = "TIME_SERIES_AGGREGATION_TYPE_AVERAGE"] = 1;
            return values;
        })();

        v1.StackTraceSelector = (function() {

            /**
             * Properties of a StackTraceSelector.
             * @typedef {Object} types.v1.StackTraceSelector.$Properties
             * @property {Array.<types.v1.Location.$Properties>|null} [callSite] StackTraceSelector callSite
             * @property {types.v1.GoPGO.$Properties|null} [goPgo] StackTraceSelector goPgo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StackTraceSelector.
             * @memberof types.v1
             * @interface IStackTraceSelector
             * @augments types.v1.StackTraceSelector.$Properties
             * @deprecated Use types.v1.StackTraceSelector.$Properties instead.
             */

            /**
             * Shape of a StackTraceSelector.
             * @typedef {types.v1.StackTraceSelector.$Properties} types.v1.StackTraceSelector.$Shape
             */

            /**
             * Constructs a new StackTraceSelector.
             * @memberof types.v1
             * @classdesc Represents a StackTraceSelector.
             * @constructor
             * @param {types.v1.StackTraceSelector.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var StackTraceSelector = function (p) {
                this.callSite = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StackTraceSelector callSite.
             * @member {Array.<types.v1.Location.$Properties>} callSite
             * @memberof types.v1.StackTraceSelector
             * @instance
             */
            StackTraceSelector.prototype.callSite = $util.emptyArray;

            /**
             * StackTraceSelector goPgo.
             * @member {types.v1.GoPGO.$Properties|null|undefined} goPgo
             * @memberof types.v1.StackTraceSelector
             * @instance
             */
            StackTraceSelector.prototype.goPgo = null;

            /**
             * Creates a new StackTraceSelector instance using the specified properties.
             * @function create
             * @memberof types.v1.StackTraceSelector
             * @static
             * @param {types.v1.StackTraceSelector.$Properties=} [properties] Properties to set
             * @returns {types.v1.StackTraceSelector} StackTraceSelector instance
             * @type {{
             *   (properties: types.v1.StackTraceSelector.$Shape): types.v1.StackTraceSelector & types.v1.StackTraceSelector.$Shape;
             *   (properties?: types.v1.StackTraceSelector.$Properties): types.v1.StackTraceSelector;
             * }}
             */
            StackTraceSelector.create = function(properties) {
                return new StackTraceSelector(properties);
            };

            /**
             * Encodes the specified StackTraceSelector message. Does not implicitly {@link types.v1.StackTraceSelector.verify|verify} messages.
             * @function encode
             * @memberof types.v1.StackTraceSelector
             * @static
             * @param {types.v1.StackTraceSelector.$Properties} m StackTraceSelector message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StackTraceSelector.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.callSite != null && m.callSite.length) {
                    for (var i = 0; i < m.callSite.length; ++i)
                        $root.types.v1.Location.encode(m.callSite[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.goPgo != null && $Object.hasOwnProperty.call(m, "goPgo"))
                    $root.types.v1.GoPGO.encode(m.goPgo, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a StackTraceSelector message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.StackTraceSelector
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.StackTraceSelector & types.v1.StackTraceSelector.$Shape} StackTraceSelector
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StackTraceSelector.decode = function (r, l, z, q, g) {
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
                m = g || new $root.types.v1.StackTraceSelector();
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
                            if (!(m.callSite && m.callSite.length))
                                m.callSite = [];
                            m.callSite.push($root.types.v1.Location.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.goPgo = $root.types.v1.GoPGO.decode(r, r.size(), $undefined, q + 1, m.goPgo);
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
             * Creates a StackTraceSelector message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.StackTraceSelector
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {types.v1.StackTraceSelector} StackTraceSelector
             */
            StackTraceSelector.fromObject = function (d, q) {
                if (d instanceof $root.types.v1.StackTraceSelector)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".types.v1.StackTraceSelector: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.types.v1.StackTraceSelector();
                if (d.callSite) {
                    if (!$Array.isArray(d.callSite))
                        throw $TypeError(".types.v1.StackTraceSelector.callSite: array expected");
                    m.callSite = $Array(d.callSite.length);
                    for (var i = 0; i < d.callSite.length; ++i) {
                        if (!$util.isObject(d.callSite[i]))
                            throw $TypeError(".types.v1.StackTraceSelector.callSite: object expected");
                        m.callSite[i] = $root.types.v1.Location.fromObject(d.callSite[i], q + 1);
                    }
                }
                if (d.goPgo != null) {
                    if (!$util.isObject(d.goPgo))
                        throw $TypeError(".types.v1.StackTraceSelector.goPgo: object expected");
                    m.goPgo = $root.types.v1.GoPGO.fromObject(d.goPgo, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a StackTraceSelector message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.StackTraceSelector
             * @static
             * @param {types.v1.StackTraceSelector} m StackTraceSelector
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StackTraceSelector.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.callSite = [];
                }
                if (o.defaults) {
                    d.goPgo = null;
                }
                if (m.callSite && m.callSite.length) {
                    d.callSite = $Array(m.callSite.length);
                    for (var j = 0; j < m.callSite.length; ++j) {
                        d.callSite[j] = $root.types.v1.Location.toObject(m.callSite[j], o, q + 1);
                    }
                }
                if (m.goPgo != null && $Object.hasOwnProperty.call(m, "goPgo")) {
                    d.goPgo = $root.types.v1.GoPGO.toObject(m.goPgo, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this StackTraceSelector to JSON.
             * @function toJSON
             * @memberof types.v1.StackTraceSelector
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StackTraceSelector.prototype.toJSON = function() {
                return StackTraceSelector.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StackTraceSelector
             * @function getTypeUrl
             * @memberof types.v1.StackTraceSelector
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StackTraceSelector.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.StackTraceSelector";
            };

            return StackTraceSelector;
        })();

        v1.Location = (function() {

            /**
             * Properties of a Location.
             * @typedef {Object} types.v1.Location.$Properties
             * @property {string|null} [name] Location name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Location.
             * @memberof types.v1
             * @interface ILocation
             * @augments types.v1.Location.$Properties
             * @deprecated Use types.v1.Location.$Properties instead.
             */

            /**
             * Shape of a Location.
             * @typedef {types.v1.Location.$Properties} types.v1.Location.$Shape
             */

            /**
             * Constructs a new Location.
             * @memberof types.v1
             * @classdesc Represents a Location.
             * @constructor
             * @param {types.v1.Location.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Location = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Location name.
             * @member {string} name
             * @memberof types.v1.Location
             * @instance
             */
            Location.prototype.name = "";

            /**
             * Creates a new Location instance using the specified properties.
             * @function create
             * @memberof types.v1.Location
             * @static
             * @param {types.v1.Location.$Properties=} [properties] Properties to set
             * @returns {types.v1.Location} Location instance
             * @type {{
             *   (properties: types.v1.Location.$Shape): types.v1.Location & types.v1.Location.$Shape;
             *   (properties?: types.v1.Location.$Properties): types.v1.Location;
             * }}
             */
            Location.create = function(properties) {
                return new Location(properties);
            };

            /**
             * Encodes the specified Location message. Does not implicitly {@link types.v1.Location.verify|verify} messages.
             * @function encode
             * @memberof types.v1.Location
             * @static
             * @param {types.v1.Location.$Properties} m Location message or plain object to encode
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
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Location message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.Location
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.Location & types.v1.Location.$Shape} Location
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
                m = g || new $root.types.v1.Location();
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
             * @memberof types.v1.Location
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {types.v1.Location} Location
             */
            Location.fromObject = function (d, q) {
                if (d instanceof $root.types.v1.Location)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".types.v1.Location: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.types.v1.Location();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Location message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.Location
             * @static
             * @param {types.v1.Location} m Location
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
                if (o.defaults) {
                    d.name = "";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                return d;
            };

            /**
             * Converts this Location to JSON.
             * @function toJSON
             * @memberof types.v1.Location
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Location.prototype.toJSON = function() {
                return Location.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Location
             * @function getTypeUrl
             * @memberof types.v1.Location
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Location.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.Location";
            };

            return Location;
        })();

        v1.GoPGO = (function() {

            /**
             * Properties of a GoPGO.
             * @typedef {Object} types.v1.GoPGO.$Properties
             * @property {number|null} [keepLocations] GoPGO keepLocations
             * @property {boolean|null} [aggregateCallees] GoPGO aggregateCallees
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GoPGO.
             * @memberof types.v1
             * @interface IGoPGO
             * @augments types.v1.GoPGO.$Properties
             * @deprecated Use types.v1.GoPGO.$Properties instead.
             */

            /**
             * Shape of a GoPGO.
             * @typedef {types.v1.GoPGO.$Properties} types.v1.GoPGO.$Shape
             */

            /**
             * Constructs a new GoPGO.
             * @memberof types.v1
             * @classdesc Represents a GoPGO.
             * @constructor
             * @param {types.v1.GoPGO.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var GoPGO = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * GoPGO keepLocations.
             * @member {number} keepLocations
             * @memberof types.v1.GoPGO
             * @instance
             */
            GoPGO.prototype.keepLocations = 0;

            /**
             * GoPGO aggregateCallees.
             * @member {boolean} aggregateCallees
             * @memberof types.v1.GoPGO
             * @instance
             */
            GoPGO.prototype.aggregateCallees = false;

            /**
             * Creates a new GoPGO instance using the specified properties.
             * @function create
             * @memberof types.v1.GoPGO
             * @static
             * @param {types.v1.GoPGO.$Properties=} [properties] Properties to set
             * @returns {types.v1.GoPGO} GoPGO instance
             * @type {{
             *   (properties: types.v1.GoPGO.$Shape): types.v1.GoPGO & types.v1.GoPGO.$Shape;
             *   (properties?: types.v1.GoPGO.$Properties): types.v1.GoPGO;
             * }}
             */
            GoPGO.create = function(properties) {
                return new GoPGO(properties);
            };

            /**
             * Encodes the specified GoPGO message. Does not implicitly {@link types.v1.GoPGO.verify|verify} messages.
             * @function encode
             * @memberof types.v1.GoPGO
             * @static
             * @param {types.v1.GoPGO.$Properties} m GoPGO message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GoPGO.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.keepLocations != null && $Object.hasOwnProperty.call(m, "keepLocations") && m.keepLocations !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.keepLocations);
                if (m.aggregateCallees != null && $Object.hasOwnProperty.call(m, "aggregateCallees") && m.aggregateCallees !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.aggregateCallees);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a GoPGO message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.GoPGO
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.GoPGO & types.v1.GoPGO.$Shape} GoPGO
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GoPGO.decode = function (r, l, z, q, g) {
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
                m = g || new $root.types.v1.GoPGO();
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
                            if (v = r.uint32())
                                m.keepLocations = v;
                            else
                                delete m.keepLocations;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.aggregateCallees = v;
                            else
                                delete m.aggregateCallees;
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
             * Creates a GoPGO message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.GoPGO
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {types.v1.GoPGO} GoPGO
             */
            GoPGO.fromObject = function (d, q) {
                if (d instanceof $root.types.v1.GoPGO)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".types.v1.GoPGO: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.types.v1.GoPGO();
                if (d.keepLocations != null) {
                    if ($Number(d.keepLocations) !== 0) {
                        m.keepLocations = d.keepLocations >>> 0;
                    }
                }
                if (d.aggregateCallees != null) {
                    if (d.aggregateCallees) {
                        m.aggregateCallees = $Boolean(d.aggregateCallees);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a GoPGO message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.GoPGO
             * @static
             * @param {types.v1.GoPGO} m GoPGO
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GoPGO.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.keepLocations = 0;
                    d.aggregateCallees = false;
                }
                if (m.keepLocations != null && $Object.hasOwnProperty.call(m, "keepLocations")) {
                    d.keepLocations = m.keepLocations;
                }
                if (m.aggregateCallees != null && $Object.hasOwnProperty.call(m, "aggregateCallees")) {
                    d.aggregateCallees = m.aggregateCallees;
                }
                return d;
            };

            /**
             * Converts this GoPGO to JSON.
             * @function toJSON
             * @memberof types.v1.GoPGO
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GoPGO.prototype.toJSON = function() {
                return GoPGO.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GoPGO
             * @function getTypeUrl
             * @memberof types.v1.GoPGO
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GoPGO.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.GoPGO";
            };

            return GoPGO;
        })();

        v1.GetProfileStatsRequest = (function() {

            /**
             * Properties of a GetProfileStatsRequest.
             * @typedef {Object} types.v1.GetProfileStatsRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetProfileStatsRequest.
             * @memberof types.v1
             * @interface IGetProfileStatsRequest
             * @augments types.v1.GetProfileStatsRequest.$Properties
             * @deprecated Use types.v1.GetProfileStatsRequest.$Properties instead.
             */

            /**
             * Shape of a GetProfileStatsRequest.
             * @typedef {types.v1.GetProfileStatsRequest.$Properties} types.v1.GetProfileStatsRequest.$Shape
             */

            /**
             * Constructs a new GetProfileStatsRequest.
             * @memberof types.v1
             * @classdesc Represents a GetProfileStatsRequest.
             * @constructor
             * @param {types.v1.GetProfileStatsRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var GetProfileStatsRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new GetProfileStatsRequest instance using the specified properties.
             * @function create
             * @memberof types.v1.GetProfileStatsRequest
             * @static
             * @param {types.v1.GetProfileStatsRequest.$Properties=} [properties] Properties to set
             * @returns {types.v1.GetProfileStatsRequest} GetProfileStatsRequest instance
             * @type {{
             *   (properties: types.v1.GetProfileStatsRequest.$Shape): types.v1.GetProfileStatsRequest & types.v1.GetProfileStatsRequest.$Shape;
             *   (properties?: types.v1.GetProfileStatsRequest.$Properties): types.v1.GetProfileStatsRequest;
             * }}
             */
            GetProfileStatsRequest.create = function(properties) {
                return new GetProfileStatsRequest(properties);
            };

            /**
             * Encodes the specified GetProfileStatsRequest message. Does not implicitly {@link types.v1.GetProfileStatsRequest.verify|verify} messages.
             * @function encode
             * @memberof types.v1.GetProfileStatsRequest
             * @static
             * @param {types.v1.GetProfileStatsRequest.$Properties} m GetProfileStatsRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetProfileStatsRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a GetProfileStatsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.GetProfileStatsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.GetProfileStatsRequest & types.v1.GetProfileStatsRequest.$Shape} GetProfileStatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetProfileStatsRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.types.v1.GetProfileStatsRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
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
             * Creates a GetProfileStatsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.GetProfileStatsRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {types.v1.GetProfileStatsRequest} GetProfileStatsRequest
             */
            GetProfileStatsRequest.fromObject = function (d, q) {
                if (d instanceof $root.types.v1.GetProfileStatsRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".types.v1.GetProfileStatsRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.types.v1.GetProfileStatsRequest();
            };

            /**
             * Creates a plain object from a GetProfileStatsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.GetProfileStatsRequest
             * @static
             * @param {types.v1.GetProfileStatsRequest} m GetProfileStatsRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetProfileStatsRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this GetProfileStatsRequest to JSON.
             * @function toJSON
             * @memberof types.v1.GetProfileStatsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetProfileStatsRequest.prototype.toJSON = function() {
                return GetProfileStatsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetProfileStatsRequest
             * @function getTypeUrl
             * @memberof types.v1.GetProfileStatsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetProfileStatsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.GetProfileStatsRequest";
            };

            return GetProfileStatsRequest;
        })();

        v1.GetProfileStatsResponse = (function() {

            /**
             * Properties of a GetProfileStatsResponse.
             * @typedef {Object} types.v1.GetProfileStatsResponse.$Properties
             * @property {boolean|null} [dataIngested] GetProfileStatsResponse dataIngested
             * @property {number|Long|null} [oldestProfileTime] GetProfileStatsResponse oldestProfileTime
             * @property {number|Long|null} [newestProfileTime] GetProfileStatsResponse newestProfileTime
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetProfileStatsResponse.
             * @memberof types.v1
             * @interface IGetProfileStatsResponse
             * @augments types.v1.GetProfileStatsResponse.$Properties
             * @deprecated Use types.v1.GetProfileStatsResponse.$Properties instead.
             */

            /**
             * Shape of a GetProfileStatsResponse.
             * @typedef {types.v1.GetProfileStatsResponse.$Properties} types.v1.GetProfileStatsResponse.$Shape
             */

            /**
             * Constructs a new GetProfileStatsResponse.
             * @memberof types.v1
             * @classdesc Represents a GetProfileStatsResponse.
             * @constructor
             * @param {types.v1.GetProfileStatsResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var GetProfileStatsResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * GetProfileStatsResponse dataIngested.
             * @member {boolean} dataIngested
             * @memberof types.v1.GetProfileStatsResponse
             * @instance
             */
            GetProfileStatsResponse.prototype.dataIngested = false;

            /**
             * GetProfileStatsResponse oldestProfileTime.
             * @member {number|Long} oldestProfileTime
             * @memberof types.v1.GetProfileStatsResponse
             * @instance
             */
            GetProfileStatsResponse.prototype.oldestProfileTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * GetProfileStatsResponse newestProfileTime.
             * @member {number|Long} newestProfileTime
             * @memberof types.v1.GetProfileStatsResponse
             * @instance
             */
            GetProfileStatsResponse.prototype.newestProfileTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new GetProfileStatsResponse instance using the specified properties.
             * @function create
             * @memberof types.v1.GetProfileStatsResponse
             * @static
             * @param {types.v1.GetProfileStatsResponse.$Properties=} [properties] Properties to set
             * @returns {types.v1.GetProfileStatsResponse} GetProfileStatsResponse instance
             * @type {{
             *   (properties: types.v1.GetProfileStatsResponse.$Shape): types.v1.GetProfileStatsResponse & types.v1.GetProfileStatsResponse.$Shape;
             *   (properties?: types.v1.GetProfileStatsResponse.$Properties): types.v1.GetProfileStatsResponse;
             * }}
             */
            GetProfileStatsResponse.create = function(properties) {
                return new GetProfileStatsResponse(properties);
            };

            /**
             * Encodes the specified GetProfileStatsResponse message. Does not implicitly {@link types.v1.GetProfileStatsResponse.verify|verify} messages.
             * @function encode
             * @memberof types.v1.GetProfileStatsResponse
             * @static
             * @param {types.v1.GetProfileStatsResponse.$Properties} m GetProfileStatsResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetProfileStatsResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.dataIngested != null && $Object.hasOwnProperty.call(m, "dataIngested") && m.dataIngested !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.dataIngested);
                if (m.oldestProfileTime != null && $Object.hasOwnProperty.call(m, "oldestProfileTime") && (typeof m.oldestProfileTime === "object" ? m.oldestProfileTime.low || m.oldestProfileTime.high : m.oldestProfileTime !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.oldestProfileTime);
                if (m.newestProfileTime != null && $Object.hasOwnProperty.call(m, "newestProfileTime") && (typeof m.newestProfileTime === "object" ? m.newestProfileTime.low || m.newestProfileTime.high : m.newestProfileTime !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.newestProfileTime);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a GetProfileStatsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.GetProfileStatsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.GetProfileStatsResponse & types.v1.GetProfileStatsResponse.$Shape} GetProfileStatsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetProfileStatsResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.types.v1.GetProfileStatsResponse();
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
                            if (v = r.bool())
                                m.dataIngested = v;
                            else
                                delete m.dataIngested;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.oldestProfileTime = v;
                            else
                                delete m.oldestProfileTime;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.newestProfileTime = v;
                            else
                                delete m.newestProfileTime;
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
             * Creates a GetProfileStatsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.GetProfileStatsResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {types.v1.GetProfileStatsResponse} GetProfileStatsResponse
             */
            GetProfileStatsResponse.fromObject = function (d, q) {
                if (d instanceof $root.types.v1.GetProfileStatsResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".types.v1.GetProfileStatsResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.types.v1.GetProfileStatsResponse();
                if (d.dataIngested != null) {
                    if (d.dataIngested) {
                        m.dataIngested = $Boolean(d.dataIngested);
                    }
                }
                if (d.oldestProfileTime != null) {
                    if (typeof d.oldestProfileTime === "object" ? d.oldestProfileTime.low || d.oldestProfileTime.high : $Number(d.oldestProfileTime) !== 0) {
                        if ($util.Long)
                            m.oldestProfileTime = $util.Long.fromValue(d.oldestProfileTime, false);
                        else if (typeof d.oldestProfileTime === "string")
                            m.oldestProfileTime = $parseInt(d.oldestProfileTime, 10);
                        else if (typeof d.oldestProfileTime === "number")
                            m.oldestProfileTime = d.oldestProfileTime;
                        else if (typeof d.oldestProfileTime === "object")
                            m.oldestProfileTime = new $util.LongBits(d.oldestProfileTime.low >>> 0, d.oldestProfileTime.high >>> 0).toNumber();
                    }
                }
                if (d.newestProfileTime != null) {
                    if (typeof d.newestProfileTime === "object" ? d.newestProfileTime.low || d.newestProfileTime.high : $Number(d.newestProfileTime) !== 0) {
                        if ($util.Long)
                            m.newestProfileTime = $util.Long.fromValue(d.newestProfileTime, false);
                        else if (typeof d.newestProfileTime === "string")
                            m.newestProfileTime = $parseInt(d.newestProfileTime, 10);
                        else if (typeof d.newestProfileTime === "number")
                            m.newestProfileTime = d.newestProfileTime;
                        else if (typeof d.newestProfileTime === "object")
                            m.newestProfileTime = new $util.LongBits(d.newestProfileTime.low >>> 0, d.newestProfileTime.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a GetProfileStatsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.GetProfileStatsResponse
             * @static
             * @param {types.v1.GetProfileStatsResponse} m GetProfileStatsResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetProfileStatsResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.dataIngested = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.oldestProfileTime = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.oldestProfileTime = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.newestProfileTime = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.newestProfileTime = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.dataIngested != null && $Object.hasOwnProperty.call(m, "dataIngested")) {
                    d.dataIngested = m.dataIngested;
                }
                if (m.oldestProfileTime != null && $Object.hasOwnProperty.call(m, "oldestProfileTime")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.oldestProfileTime = typeof m.oldestProfileTime === "number" ? $BigInt(m.oldestProfileTime) : $util.Long.fromBits(m.oldestProfileTime.low >>> 0, m.oldestProfileTime.high >>> 0, false).toBigInt();
                    else if (typeof m.oldestProfileTime === "number")
                        d.oldestProfileTime = o.longs === $String ? $String(m.oldestProfileTime) : m.oldestProfileTime;
                    else
                        d.oldestProfileTime = o.longs === $String ? $util.Long.prototype.toString.call(m.oldestProfileTime) : o.longs === $Number ? new $util.LongBits(m.oldestProfileTime.low >>> 0, m.oldestProfileTime.high >>> 0).toNumber() : m.oldestProfileTime;
                }
                if (m.newestProfileTime != null && $Object.hasOwnProperty.call(m, "newestProfileTime")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.newestProfileTime = typeof m.newestProfileTime === "number" ? $BigInt(m.newestProfileTime) : $util.Long.fromBits(m.newestProfileTime.low >>> 0, m.newestProfileTime.high >>> 0, false).toBigInt();
                    else if (typeof m.newestProfileTime === "number")
                        d.newestProfileTime = o.longs === $String ? $String(m.newestProfileTime) : m.newestProfileTime;
                    else
                        d.newestProfileTime = o.longs === $String ? $util.Long.prototype.toString.call(m.newestProfileTime) : o.longs === $Number ? new $util.LongBits(m.newestProfileTime.low >>> 0, m.newestProfileTime.high >>> 0).toNumber() : m.newestProfileTime;
                }
                return d;
            };

            /**
             * Converts this GetProfileStatsResponse to JSON.
             * @function toJSON
             * @memberof types.v1.GetProfileStatsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetProfileStatsResponse.prototype.toJSON = function() {
                return GetProfileStatsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetProfileStatsResponse
             * @function getTypeUrl
             * @memberof types.v1.GetProfileStatsResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetProfileStatsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.GetProfileStatsResponse";
            };

            return GetProfileStatsResponse;
        })();

        return v1;
    })();

    return types;
})();

module.exports = $root;
