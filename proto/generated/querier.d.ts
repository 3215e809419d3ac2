// Code generated from proto/pyroscope/querier.proto by `npm run generate -w proto`
// (pbjs -t static-module -w commonjs -r querier --no-beautify --no-delimited --no-verify, then pbts). DO NOT EDIT.
import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace querier. */
export namespace querier {

    /** Namespace v1. */
    namespace v1 {

        /** Represents a QuerierService */
        class QuerierService extends $protobuf.rpc.Service {

            /**
             * Constructs a new QuerierService service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new QuerierService service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): QuerierService;

            /** Calls ProfileTypes. */
            profileTypes: querier.v1.QuerierService.ProfileTypes;

            /** Calls LabelValues. */
            labelValues: querier.v1.QuerierService.LabelValues;

            /** Calls LabelNames. */
            labelNames: querier.v1.QuerierService.LabelNames;

            /** Calls Series. */
            series: querier.v1.QuerierService.Series;

            /** Calls SelectMergeStacktraces. */
            selectMergeStacktraces: querier.v1.QuerierService.SelectMergeStacktraces;

            /** Calls SelectMergeSpanProfile. */
            selectMergeSpanProfile: querier.v1.QuerierService.SelectMergeSpanProfile;

            /** Calls SelectMergeProfile. */
            selectMergeProfile: querier.v1.QuerierService.SelectMergeProfile;

            /** Calls SelectSeries. */
            selectSeries: querier.v1.QuerierService.SelectSeries;

            /** Calls Diff. */
            diff: querier.v1.QuerierService.Diff;

            /** Calls GetProfileStats. */
            getProfileStats: querier.v1.QuerierService.GetProfileStats;
        }

        namespace QuerierService {

            /**
             * Callback as used by {@link querier.v1.QuerierService#profileTypes}.
             * @param error Error, if any
             * @param [response] ProfileTypesResponse
             */
            type ProfileTypesCallback = (error: (Error|null), response?: querier.v1.ProfileTypesResponse) => void;

            /** Calls ProfileTypes. */
            type ProfileTypes = {
              (request: querier.v1.IProfileTypesRequest, callback: querier.v1.QuerierService.ProfileTypesCallback): void;
              (request: querier.v1.IProfileTypesRequest): Promise<querier.v1.ProfileTypesResponse>;
              readonly name: "ProfileTypes";
              readonly path: "/querier.v1.QuerierService/ProfileTypes";
              readonly requestType: "ProfileTypesRequest";
              readonly responseType: "ProfileTypesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link querier.v1.QuerierService#labelValues}.
             * @param error Error, if any
             * @param [response] LabelValuesResponse
             */
            type LabelValuesCallback = (error: (Error|null), response?: types.v1.LabelValuesResponse) => void;

            /** Calls LabelValues. */
            type LabelValues = {
              (request: types.v1.ILabelValuesRequest, callback: querier.v1.QuerierService.LabelValuesCallback): void;
              (request: types.v1.ILabelValuesRequest): Promise<types.v1.LabelValuesResponse>;
              readonly name: "LabelValues";
              readonly path: "/querier.v1.QuerierService/LabelValues";
              readonly requestType: "types.v1.LabelValuesRequest";
              readonly responseType: "types.v1.LabelValuesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link querier.v1.QuerierService#labelNames}.
             * @param error Error, if any
             * @param [response] LabelNamesResponse
             */
            type LabelNamesCallback = (error: (Error|null), response?: types.v1.LabelNamesResponse) => void;

            /** Calls LabelNames. */
            type LabelNames = {
              (request: types.v1.ILabelNamesRequest, callback: querier.v1.QuerierService.LabelNamesCallback): void;
              (request: types.v1.ILabelNamesRequest): Promise<types.v1.LabelNamesResponse>;
              readonly name: "LabelNames";
              readonly path: "/querier.v1.QuerierService/LabelNames";
              readonly requestType: "types.v1.LabelNamesRequest";
              readonly responseType: "types.v1.LabelNamesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link querier.v1.QuerierService#series}.
             * @param error Error, if any
             * @param [response] SeriesResponse
             */
            type SeriesCallback = (error: (Error|null), response?: querier.v1.SeriesResponse) => void;

            /** Calls Series. */
            type Series = {
              (request: querier.v1.ISeriesRequest, callback: querier.v1.QuerierService.SeriesCallback): void;
              (request: querier.v1.ISeriesRequest): Promise<querier.v1.SeriesResponse>;
              readonly name: "Series";
              readonly path: "/querier.v1.QuerierService/Series";
              readonly requestType: "SeriesRequest";
              readonly responseType: "SeriesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link querier.v1.QuerierService#selectMergeStacktraces}.
             * @param error Error, if any
             * @param [response] SelectMergeStacktracesResponse
             */
            type SelectMergeStacktracesCallback = (error: (Error|null), response?: querier.v1.SelectMergeStacktracesResponse) => void;

            /** Calls SelectMergeStacktraces. */
            type SelectMergeStacktraces = {
              (request: querier.v1.ISelectMergeStacktracesRequest, callback: querier.v1.QuerierService.SelectMergeStacktracesCallback): void;
              (request: querier.v1.ISelectMergeStacktracesRequest): Promise<querier.v1.SelectMergeStacktracesResponse>;
              readonly name: "SelectMergeStacktraces";
              readonly path: "/querier.v1.QuerierService/SelectMergeStacktraces";
              readonly requestType: "SelectMergeStacktracesRequest";
              readonly responseType: "SelectMergeStacktracesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link querier.v1.QuerierService#selectMergeSpanProfile}.
             * @param error Error, if any
             * @param [response] SelectMergeSpanProfileResponse
             */
            type SelectMergeSpanProfileCallback = (error: (Error|null), response?: querier.v1.SelectMergeSpanProfileResponse) => void;

            /** Calls SelectMergeSpanProfile. */
            type SelectMergeSpanProfile = {
              (request: querier.v1.ISelectMergeSpanProfileRequest, callback: querier.v1.QuerierService.SelectMergeSpanProfileCallback): void;
              (request: querier.v1.ISelectMergeSpanProfileRequest): Promise<querier.v1.SelectMergeSpanProfileResponse>;
              readonly name: "SelectMergeSpanProfile";
              readonly path: "/querier.v1.QuerierService/SelectMergeSpanProfile";
              readonly requestType: "SelectMergeSpanProfileRequest";
              readonly responseType: "SelectMergeSpanProfileResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link querier.v1.QuerierService#selectMergeProfile}.
             * @param error Error, if any
             * @param [response] Profile
             */
            type SelectMergeProfileCallback = (error: (Error|null), response?: perftools.profiles.Profile) => void;

            /** Calls SelectMergeProfile. */
            type SelectMergeProfile = {
              (request: querier.v1.ISelectMergeProfileRequest, callback: querier.v1.QuerierService.SelectMergeProfileCallback): void;
              (request: querier.v1.ISelectMergeProfileRequest): Promise<perftools.profiles.Profile>;
              readonly name: "SelectMergeProfile";
              readonly path: "/querier.v1.QuerierService/SelectMergeProfile";
              readonly requestType: "SelectMergeProfileRequest";
              readonly responseType: "perftools.profiles.Profile";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link querier.v1.QuerierService#selectSeries}.
             * @param error Error, if any
             * @param [response] SelectSeriesResponse
             */
            type SelectSeriesCallback = (error: (Error|null), response?: querier.v1.SelectSeriesResponse) => void;

            /** Calls SelectSeries. */
            type SelectSeries = {
              (request: querier.v1.ISelectSeriesRequest, callback: querier.v1.QuerierService.SelectSeriesCallback): void;
              (request: querier.v1.ISelectSeriesRequest): Promise<querier.v1.SelectSeriesResponse>;
              readonly name: "SelectSeries";
              readonly path: "/querier.v1.QuerierService/SelectSeries";
              readonly requestType: "SelectSeriesRequest";
              readonly responseType: "SelectSeriesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link querier.v1.QuerierService#diff}.
             * @param error Error, if any
             * @param [response] DiffResponse
             */
            type DiffCallback = (error: (Error|null), response?: querier.v1.DiffResponse) => void;

            /** Calls Diff. */
            type Diff = {
              (request: querier.v1.IDiffRequest, callback: querier.v1.QuerierService.DiffCallback): void;
              (request: querier.v1.IDiffRequest): Promise<querier.v1.DiffResponse>;
              readonly name: "Diff";
              readonly path: "/querier.v1.QuerierService/Diff";
              readonly requestType: "DiffRequest";
              readonly responseType: "DiffResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link querier.v1.QuerierService#getProfileStats}.
             * @param error Error, if any
             * @param [response] GetProfileStatsResponse
             */
            type GetProfileStatsCallback = (error: (Error|null), response?: types.v1.GetProfileStatsResponse) => void;

            /** Calls GetProfileStats. */
            type GetProfileStats = {
              (request: types.v1.IGetProfileStatsRequest, callback: querier.v1.QuerierService.GetProfileStatsCallback): void;
              (request: types.v1.IGetProfileStatsRequest): Promise<types.v1.GetProfileStatsResponse>;
              readonly name: "GetProfileStats";
              readonly path: "/querier.v1.QuerierService/GetProfileStats";
              readonly requestType: "types.v1.GetProfileStatsRequest";
              readonly responseType: "types.v1.GetProfileStatsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        /**
         * Properties of a ProfileTypesRequest.
         * @deprecated Use querier.v1.ProfileTypesRequest.$Properties instead.
         */
        interface IProfileTypesRequest extends querier.v1.ProfileTypesRequest.$Properties {
        }

        /** Represents a ProfileTypesRequest. */
        class ProfileTypesRequest {

            /**
             * Constructs a new ProfileTypesRequest.
             * @param [p] Properties to set
             */
            constructor(p?: querier.v1.ProfileTypesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProfileTypesRequest start. */
            start: (number|Long);

            /** ProfileTypesRequest end. */
            end: (number|Long);

            /**
             * Creates a new ProfileTypesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProfileTypesRequest instance
             */
            static create(properties: querier.v1.ProfileTypesRequest.$Shape): querier.v1.ProfileTypesRequest & querier.v1.ProfileTypesRequest.$Shape;
            static create(properties?: querier.v1.ProfileTypesRequest.$Properties): querier.v1.ProfileTypesRequest;

            /**
             * Encodes the specified ProfileTypesRequest message. Does not implicitly {@link querier.v1.ProfileTypesRequest.verify|verify} messages.
             * @param m ProfileTypesRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: querier.v1.ProfileTypesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProfileTypesRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {querier.v1.ProfileTypesRequest & querier.v1.ProfileTypesRequest.$Shape} ProfileTypesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): querier.v1.ProfileTypesRequest & querier.v1.ProfileTypesRequest.$Shape;

            /**
             * Creates a ProfileTypesRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ProfileTypesRequest
             */
            static fromObject(d: { [k: string]: any }): querier.v1.ProfileTypesRequest;

            /**
             * Creates a plain object from a ProfileTypesRequest message. Also converts values to other types if specified.
             * @param m ProfileTypesRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: querier.v1.ProfileTypesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProfileTypesRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProfileTypesRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProfileTypesRequest {

            /** Properties of a ProfileTypesRequest. */
            interface $Properties {

                /** ProfileTypesRequest start */
                start?: (number|Long|null);

                /** ProfileTypesRequest end */
                end?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProfileTypesRequest. */
            type $Shape = querier.v1.ProfileTypesRequest.$Properties;
        }

        /**
         * Properties of a ProfileTypesResponse.
         * @deprecated Use querier.v1.ProfileTypesResponse.$Properties instead.
         */
        interface IProfileTypesResponse extends querier.v1.ProfileTypesResponse.$Properties {
        }

        /** Represents a ProfileTypesResponse. */
        class ProfileTypesResponse {

            /**
             * Constructs a new ProfileTypesResponse.
             * @param [p] Properties to set
             */
            constructor(p?: querier.v1.ProfileTypesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProfileTypesResponse profileTypes. */
            profileTypes: types.v1.ProfileType.$Properties[];

            /**
             * Creates a new ProfileTypesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProfileTypesResponse instance
             */
            static create(properties: querier.v1.ProfileTypesResponse.$Shape): querier.v1.ProfileTypesResponse & querier.v1.ProfileTypesResponse.$Shape;
            static create(properties?: querier.v1.ProfileTypesResponse.$Properties): querier.v1.ProfileTypesResponse;

            /**
             * Encodes the specified ProfileTypesResponse message. Does not implicitly {@link querier.v1.ProfileTypesResponse.verify|verify} messages.
             * @param m ProfileTypesResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: querier.v1.ProfileTypesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProfileTypesResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {querier.v1.ProfileTypesResponse & querier.v1.ProfileTypesResponse.$Shape} ProfileTypesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): querier.v1.ProfileTypesResponse & querier.v1.ProfileTypesResponse.$Shape;

            /**
             * Creates a ProfileTypesResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ProfileTypesResponse
             */
            static fromObject(d: { [k: string]: any }): querier.v1.ProfileTypesResponse;

            /**
             * Creates a plain object from a ProfileTypesResponse message. Also converts values to other types if specified.
             * @param m ProfileTypesResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: querier.v1.ProfileTypesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProfileTypesResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProfileTypesResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProfileTypesResponse {

            /** Properties of a ProfileTypesResponse. */
            interface $Properties {

                /** ProfileTypesResponse profileTypes */
                profileTypes?: (types.v1.ProfileType.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProfileTypesResponse. */
            type $Shape = querier.v1.ProfileTypesResponse.$Properties;
        }

        /**
         * Properties of a SeriesRequest.
         * @deprecated Use querier.v1.SeriesRequest.$Properties instead.
         */
        interface ISeriesRequest extends querier.v1.SeriesRequest.$Properties {
        }

        /** Represents a SeriesRequest. */
        class SeriesRequest {

            /**
             * Constructs a new SeriesRequest.
             * @param [p] Properties to set
             */
            constructor(p?: querier.v1.SeriesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SeriesRequest matchers. */
            matchers: string[];

            /** SeriesRequest labelNames. */
            labelNames: string[];

            /** SeriesRequest start. */
            start: (number|Long);

            /** SeriesRequest end. */
            end: (number|Long);

            /**
             * Creates a new SeriesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SeriesRequest instance
             */
            static create(properties: querier.v1.SeriesRequest.$Shape): querier.v1.SeriesRequest & querier.v1.SeriesRequest.$Shape;
            static create(properties?: querier.v1.SeriesRequest.$Properties): querier.v1.SeriesRequest;

            /**
             * Encodes the specified SeriesRequest message. Does not implicitly {@link querier.v1.SeriesRequest.verify|verify} messages.
             * @param m SeriesRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: querier.v1.SeriesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SeriesRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {querier.v1.SeriesRequest & querier.v1.SeriesRequest.$Shape} SeriesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): querier.v1.SeriesRequest & querier.v1.SeriesRequest.$Shape;

            /**
             * Creates a SeriesRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SeriesRequest
             */
            static fromObject(d: { [k: string]: any }): querier.v1.SeriesRequest;

            /**
             * Creates a plain object from a SeriesRequest message. Also converts values to other types if specified.
             * @param m SeriesRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: querier.v1.SeriesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SeriesRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SeriesRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SeriesRequest {

            /** Properties of a SeriesRequest. */
            interface $Properties {

                /** SeriesRequest matchers */
                matchers?: (string[]|null);

                /** SeriesRequest labelNames */
                labelNames?: (string[]|null);

                /** SeriesRequest start */
                start?: (number|Long|null);

                /** SeriesRequest end */
                end?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SeriesRequest. */
            type $Shape = querier.v1.SeriesRequest.$Properties;
        }

        /**
         * Properties of a SeriesResponse.
         * @deprecated Use querier.v1.SeriesResponse.$Properties instead.
         */
        interface ISeriesResponse extends querier.v1.SeriesResponse.$Properties {
        }

        /** Represents a SeriesResponse. */
        class SeriesResponse {

            /**
             * Constructs a new SeriesResponse.
             * @param [p] Properties to set
             */
            constructor(p?: querier.v1.SeriesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SeriesResponse labelsSet. */
            labelsSet: types.v1.Labels.$Properties[];

            /**
             * Creates a new SeriesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SeriesResponse instance
             */
            static create(properties: querier.v1.SeriesResponse.$Shape): querier.v1.SeriesResponse & querier.v1.SeriesResponse.$Shape;
            static create(properties?: querier.v1.SeriesResponse.$Properties): querier.v1.SeriesResponse;

            /**
             * Encodes the specified SeriesResponse message. Does not implicitly {@link querier.v1.SeriesResponse.verify|verify} messages.
             * @param m SeriesResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: querier.v1.SeriesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SeriesResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {querier.v1.SeriesResponse & querier.v1.SeriesResponse.$Shape} SeriesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): querier.v1.SeriesResponse & querier.v1.SeriesResponse.$Shape;

            /**
             * Creates a SeriesResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SeriesResponse
             */
            static fromObject(d: { [k: string]: any }): querier.v1.SeriesResponse;

            /**
             * Creates a plain object from a SeriesResponse message. Also converts values to other types if specified.
             * @param m SeriesResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: querier.v1.SeriesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SeriesResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SeriesResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SeriesResponse {

            /** Properties of a SeriesResponse. */
            interface $Properties {

                /** SeriesResponse labelsSet */
                labelsSet?: (types.v1.Labels.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SeriesResponse. */
            type $Shape = querier.v1.SeriesResponse.$Properties;
        }

        /** ProfileFormat enum. */
        enum ProfileFormat {

            /** PROFILE_FORMAT_UNSPECIFIED value */
            PROFILE_FORMAT_UNSPECIFIED = 0,

            /** PROFILE_FORMAT_FLAMEGRAPH value */
            PROFILE_FORMAT_FLAMEGRAPH = 1,

            /** PROFILE_FORMAT_TREE value */
            PROFILE_FORMAT_TREE = 2,

            /** PROFILE_FORMAT_DOT value */
            PROFILE_FORMAT_DOT = 3,

            /** PROFILE_FORMAT_PPROF value */
            PROFILE_FORMAT_PPROF = 4
        }

        /**
         * Properties of a SelectMergeStacktracesRequest.
         * @deprecated Use querier.v1.SelectMergeStacktracesRequest.$Properties instead.
         */
        interface ISelectMergeStacktracesRequest extends querier.v1.SelectMergeStacktracesRequest.$Properties {
        }

        /** Represents a SelectMergeStacktracesRequest. */
        class SelectMergeStacktracesRequest {

            /**
             * Constructs a new SelectMergeStacktracesRequest.
             * @param [p] Properties to set
             */
            constructor(p?: querier.v1.SelectMergeStacktracesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SelectMergeStacktracesRequest profileTypeID. */
            profileTypeID: string;

            /** SelectMergeStacktracesRequest labelSelector. */
            labelSelector: string;

            /** SelectMergeStacktracesRequest start. */
            start: (number|Long);

            /** SelectMergeStacktracesRequest end. */
            end: (number|Long);

            /** SelectMergeStacktracesRequest maxNodes. */
            maxNodes?: (number|Long|null);

            /** SelectMergeStacktracesRequest format. */
            format: querier.v1.ProfileFormat;

            /** SelectMergeStacktracesRequest stackTraceSelector. */
            stackTraceSelector?: (types.v1.StackTraceSelector.$Properties|null);

            /** SelectMergeStacktracesRequest profileIdSelector. */
            profileIdSelector: string[];

            /** SelectMergeStacktracesRequest traceIdSelector. */
            traceIdSelector: string[];

            /** SelectMergeStacktracesRequest spanSelector. */
            spanSelector: string[];

            /**
             * Creates a new SelectMergeStacktracesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SelectMergeStacktracesRequest instance
             */
            static create(properties: querier.v1.SelectMergeStacktracesRequest.$Shape): querier.v1.SelectMergeStacktracesRequest & querier.v1.SelectMergeStacktracesRequest.$Shape;
            static create(properties?: querier.v1.SelectMergeStacktracesRequest.$Properties): querier.v1.SelectMergeStacktracesRequest;

            /**
             * Encodes the specified SelectMergeStacktracesRequest message. Does not implicitly {@link querier.v1.SelectMergeStacktracesRequest.verify|verify} messages.
             * @param m SelectMergeStacktracesRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: querier.v1.SelectMergeStacktracesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SelectMergeStacktracesRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {querier.v1.SelectMergeStacktracesRequest & querier.v1.SelectMergeStacktracesRequest.$Shape} SelectMergeStacktracesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): querier.v1.SelectMergeStacktracesRequest & querier.v1.SelectMergeStacktracesRequest.$Shape;

            /**
             * Creates a SelectMergeStacktracesRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SelectMergeStacktracesRequest
             */
            static fromObject(d: { [k: string]: any }): querier.v1.SelectMergeStacktracesRequest;

            /**
             * Creates a plain object from a SelectMergeStacktracesRequest message. Also converts values to other types if specified.
             * @param m SelectMergeStacktracesRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: querier.v1.SelectMergeStacktracesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SelectMergeStacktracesRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SelectMergeStacktracesRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SelectMergeStacktracesRequest {

            /** Properties of a SelectMergeStacktracesRequest. */
            interface $Properties {

                /** SelectMergeStacktracesRequest profileTypeID */
                profileTypeID?: (string|null);

                /** SelectMergeStacktracesRequest labelSelector */
                labelSelector?: (string|null);

                /** SelectMergeStacktracesRequest start */
                start?: (number|Long|null);

                /** SelectMergeStacktracesRequest end */
                end?: (number|Long|null);

                /** SelectMergeStacktracesRequest maxNodes */
                maxNodes?: (number|Long|null);

                /** SelectMergeStacktracesRequest format */
                format?: (querier.v1.ProfileFormat|null);

                /** SelectMergeStacktracesRequest stackTraceSelector */
                stackTraceSelector?: (types.v1.StackTraceSelector.$Properties|null);

                /** SelectMergeStacktracesRequest profileIdSelector */
                profileIdSelector?: (string[]|null);

                /** SelectMergeStacktracesRequest traceIdSelector */
                traceIdSelector?: (string[]|null);

                /** SelectMergeStacktracesRequest spanSelector */
                spanSelector?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SelectMergeStacktracesRequest. */
            type $Shape = querier.v1.SelectMergeStacktracesRequest.$Properties;
        }

        /**
         * Properties of a SelectMergeStacktracesResponse.
         * @deprecated Use querier.v1.SelectMergeStacktracesResponse.$Properties instead.
         */
        interface ISelectMergeStacktracesResponse extends querier.v1.SelectMergeStacktracesResponse.$Properties {
        }

        /** Represents a SelectMergeStacktracesResponse. */
        class SelectMergeStacktracesResponse {

            /**
             * Constructs a new SelectMergeStacktracesResponse.
             * @param [p] Properties to set
             */
            constructor(p?: querier.v1.SelectMergeStacktracesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SelectMergeStacktracesResponse flamegraph. */
            flamegraph?: (querier.v1.FlameGraph.$Properties|null);

            /** SelectMergeStacktracesResponse pprof. */
            pprof?: (querier.v1.PprofProfile.$Properties|null);

            /**
             * Creates a new SelectMergeStacktracesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SelectMergeStacktracesResponse instance
             */
            static create(properties: querier.v1.SelectMergeStacktracesResponse.$Shape): querier.v1.SelectMergeStacktracesResponse & querier.v1.SelectMergeStacktracesResponse.$Shape;
            static create(properties?: querier.v1.SelectMergeStacktracesResponse.$Properties): querier.v1.SelectMergeStacktracesResponse;

            /**
             * Encodes the specified SelectMergeStacktracesResponse message. Does not implicitly {@link querier.v1.SelectMergeStacktracesResponse.verify|verify} messages.
             * @param m SelectMergeStacktracesResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: querier.v1.SelectMergeStacktracesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SelectMergeStacktracesResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {querier.v1.SelectMergeStacktracesResponse & querier.v1.SelectMergeStacktracesResponse.$Shape} SelectMergeStacktracesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): querier.v1.SelectMergeStacktracesResponse & querier.v1.SelectMergeStacktracesResponse.$Shape;

            /**
             * Creates a SelectMergeStacktracesResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SelectMergeStacktracesResponse
             */
            static fromObject(d: { [k: string]: any }): querier.v1.SelectMergeStacktracesResponse;

            /**
             * Creates a plain object from a SelectMergeStacktracesResponse message. Also converts values to other types if specified.
             * @param m SelectMergeStacktracesResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: querier.v1.SelectMergeStacktracesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SelectMergeStacktracesResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SelectMergeStacktracesResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SelectMergeStacktracesResponse {

            /** Properties of a SelectMergeStacktracesResponse. */
            interface $Properties {

                /** SelectMergeStacktracesResponse flamegraph */
                flamegraph?: (querier.v1.FlameGraph.$Properties|null);

                /** SelectMergeStacktracesResponse pprof */
                pprof?: (querier.v1.PprofProfile.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SelectMergeStacktracesResponse. */
            type $Shape = querier.v1.SelectMergeStacktracesResponse.$Properties;
        }

        /**
         * Properties of a PprofProfile.
         * @deprecated Use querier.v1.PprofProfile.$Properties instead.
         */
        interface IPprofProfile extends querier.v1.PprofProfile.$Properties {
        }

        /** Represents a PprofProfile. */
        class PprofProfile {

            /**
             * Constructs a new PprofProfile.
             * @param [p] Properties to set
             */
            constructor(p?: querier.v1.PprofProfile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PprofProfile profile. */
            profile?: (perftools.profiles.Profile.$Properties|null);

            /**
             * Creates a new PprofProfile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PprofProfile instance
             */
            static create(properties: querier.v1.PprofProfile.$Shape): querier.v1.PprofProfile & querier.v1.PprofProfile.$Shape;
            static create(properties?: querier.v1.PprofProfile.$Properties): querier.v1.PprofProfile;

            /**
             * Encodes the specified PprofProfile message. Does not implicitly {@link querier.v1.PprofProfile.verify|verify} messages.
             * @param m PprofProfile message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: querier.v1.PprofProfile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PprofProfile message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {querier.v1.PprofProfile & querier.v1.PprofProfile.$Shape} PprofProfile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): querier.v1.PprofProfile & querier.v1.PprofProfile.$Shape;

            /**
             * Creates a PprofProfile message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PprofProfile
             */
            static fromObject(d: { [k: string]: any }): querier.v1.PprofProfile;

            /**
             * Creates a plain object from a PprofProfile message. Also converts values to other types if specified.
             * @param m PprofProfile
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: querier.v1.PprofProfile, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PprofProfile to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PprofProfile
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PprofProfile {

            /** Properties of a PprofProfile. */
            interface $Properties {

                /** PprofProfile profile */
                profile?: (perftools.profiles.Profile.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PprofProfile. */
            type $Shape = querier.v1.PprofProfile.$Properties;
        }

        /**
         * Properties of a SelectMergeSpanProfileRequest.
         * @deprecated Use querier.v1.SelectMergeSpanProfileRequest.$Properties instead.
         */
        interface ISelectMergeSpanProfileRequest extends querier.v1.SelectMergeSpanProfileRequest.$Properties {
        }

        /** Represents a SelectMergeSpanProfileRequest. */
        class SelectMergeSpanProfileRequest {

            /**
             * Constructs a new SelectMergeSpanProfileRequest.
             * @param [p] Properties to set
             */
            constructor(p?: querier.v1.SelectMergeSpanProfileRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SelectMergeSpanProfileRequest profileTypeID. */
            profileTypeID: string;

            /** SelectMergeSpanProfileRequest labelSelector. */
            labelSelector: string;

            /** SelectMergeSpanProfileRequest spanSelector. */
            spanSelector: string[];

            /** SelectMergeSpanProfileRequest start. */
            start: (number|Long);

            /** SelectMergeSpanProfileRequest end. */
            end: (number|Long);

            /** SelectMergeSpanProfileRequest maxNodes. */
            maxNodes?: (number|Long|null);

            /** SelectMergeSpanProfileRequest format. */
            format: querier.v1.ProfileFormat;

            /**
             * Creates a new SelectMergeSpanProfileRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SelectMergeSpanProfileRequest instance
             */
            static create(properties: querier.v1.SelectMergeSpanProfileRequest.$Shape): querier.v1.SelectMergeSpanProfileRequest & querier.v1.SelectMergeSpanProfileRequest.$Shape;
            static create(properties?: querier.v1.SelectMergeSpanProfileRequest.$Properties): querier.v1.SelectMergeSpanProfileRequest;

            /**
             * Encodes the specified SelectMergeSpanProfileRequest message. Does not implicitly {@link querier.v1.SelectMergeSpanProfileRequest.verify|verify} messages.
             * @param m SelectMergeSpanProfileRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: querier.v1.SelectMergeSpanProfileRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SelectMergeSpanProfileRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {querier.v1.SelectMergeSpanProfileRequest & querier.v1.SelectMergeSpanProfileRequest.$Shape} SelectMergeSpanProfileRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): querier.v1.SelectMergeSpanProfileRequest & querier.v1.SelectMergeSpanProfileRequest.$Shape;

            /**
             * Creates a SelectMergeSpanProfileRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SelectMergeSpanProfileRequest
             */
            static fromObject(d: { [k: string]: any }): querier.v1.SelectMergeSpanProfileRequest;

            /**
             * Creates a plain object from a SelectMergeSpanProfileRequest message. Also converts values to other types if specified.
             * @param m SelectMergeSpanProfileRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: querier.v1.SelectMergeSpanProfileRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SelectMergeSpanProfileRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SelectMergeSpanProfileRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SelectMergeSpanProfileRequest {

            /** Properties of a SelectMergeSpanProfileRequest. */
            interface $Properties {

                /** SelectMergeSpanProfileRequest profileTypeID */
                profileTypeID?: (string|null);

                /** SelectMergeSpanProfileRequest labelSelector */
                labelSelector?: (string|null);

                /** SelectMergeSpanProfileRequest spanSelector */
                spanSelector?: (string[]|null);

                /** SelectMergeSpanProfileRequest start */
                start?: (number|Long|null);

                /** SelectMergeSpanProfileRequest end */
                end?: (number|Long|null);

                /** SelectMergeSpanProfileRequest maxNodes */
                maxNodes?: (number|Long|null);

                /** SelectMergeSpanProfileRequest format */
                format?: (querier.v1.ProfileFormat|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SelectMergeSpanProfileRequest. */
            type $Shape = querier.v1.SelectMergeSpanProfileRequest.$Properties;
        }

        /**
         * Properties of a SelectMergeSpanProfileResponse.
         * @deprecated Use querier.v1.SelectMergeSpanProfileResponse.$Properties instead.
         */
        interface ISelectMergeSpanProfileResponse extends querier.v1.SelectMergeSpanProfileResponse.$Properties {
        }

        /** Represents a SelectMergeSpanProfileResponse. */
        class SelectMergeSpanProfileResponse {

            /**
             * Constructs a new SelectMergeSpanProfileResponse.
             * @param [p] Properties to set
             */
            constructor(p?: querier.v1.SelectMergeSpanProfileResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SelectMergeSpanProfileResponse flamegraph. */
            flamegraph?: (querier.v1.FlameGraph.$Properties|null);

            /**
             * Creates a new SelectMergeSpanProfileResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SelectMergeSpanProfileResponse instance
             */
            static create(properties: querier.v1.SelectMergeSpanProfileResponse.$Shape): querier.v1.SelectMergeSpanProfileResponse & querier.v1.SelectMergeSpanProfileResponse.$Shape;
            static create(properties?: querier.v1.SelectMergeSpanProfileResponse.$Properties): querier.v1.SelectMergeSpanProfileResponse;

            /**
             * Encodes the specified SelectMergeSpanProfileResponse message. Does not implicitly {@link querier.v1.SelectMergeSpanProfileResponse.verify|verify} messages.
             * @param m SelectMergeSpanProfileResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: querier.v1.SelectMergeSpanProfileResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SelectMergeSpanProfileResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {querier.v1.SelectMergeSpanProfileResponse & querier.v1.SelectMergeSpanProfileResponse.$Shape} SelectMergeSpanProfileResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): querier.v1.SelectMergeSpanProfileResponse & querier.v1.SelectMergeSpanProfileResponse.$Shape;

            /**
             * Creates a SelectMergeSpanProfileResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SelectMergeSpanProfileResponse
             */
            static fromObject(d: { [k: string]: any }): querier.v1.SelectMergeSpanProfileResponse;

            /**
             * Creates a plain object from a SelectMergeSpanProfileResponse message. Also converts values to other types if specified.
             * @param m SelectMergeSpanProfileResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: querier.v1.SelectMergeSpanProfileResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SelectMergeSpanProfileResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SelectMergeSpanProfileResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SelectMergeSpanProfileResponse {

            /** Properties of a SelectMergeSpanProfileResponse. */
            interface $Properties {

                /** SelectMergeSpanProfileResponse flamegraph */
                flamegraph?: (querier.v1.FlameGraph.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SelectMergeSpanProfileResponse. */
            type $Shape = querier.v1.SelectMergeSpanProfileResponse.$Properties;
        }

        /**
         * Properties of a FlameGraph.
         * @deprecated Use querier.v1.FlameGraph.$Properties instead.
         */
        interface IFlameGraph extends querier.v1.FlameGraph.$Properties {
        }

        /** Represents a FlameGraph. */
        class FlameGraph {

            /**
             * Constructs a new FlameGraph.
             * @param [p] Properties to set
             */
            constructor(p?: querier.v1.FlameGraph.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FlameGraph names. */
            names: string[];

            /** FlameGraph levels. */
            levels: querier.v1.Level.$Properties[];

            /** FlameGraph total. */
            total: (number|Long);

            /** FlameGraph maxSelf. */
            maxSelf: (number|Long);

            /**
             * Creates a new FlameGraph instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FlameGraph instance
             */
            static create(properties: querier.v1.FlameGraph.$Shape): querier.v1.FlameGraph & querier.v1.FlameGraph.$Shape;
            static create(properties?: querier.v1.FlameGraph.$Properties): querier.v1.FlameGraph;

            /**
             * Encodes the specified FlameGraph message. Does not implicitly {@link querier.v1.FlameGraph.verify|verify} messages.
             * @param m FlameGraph message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: querier.v1.FlameGraph.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FlameGraph message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {querier.v1.FlameGraph & querier.v1.FlameGraph.$Shape} FlameGraph
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): querier.v1.FlameGraph & querier.v1.FlameGraph.$Shape;

            /**
             * Creates a FlameGraph message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns FlameGraph
             */
            static fromObject(d: { [k: string]: any }): querier.v1.FlameGraph;

            /**
             * Creates a plain object from a FlameGraph message. Also converts values to other types if specified.
             * @param m FlameGraph
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: querier.v1.FlameGraph, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FlameGraph to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FlameGraph
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FlameGraph {

            /** Properties of a FlameGraph. */
            interface $Properties {

                /** FlameGraph names */
                names?: (string[]|null);

                /** FlameGraph levels */
                levels?: (querier.v1.Level.$Properties[]|null);

                /** FlameGraph total */
                total?: (number|Long|null);

                /** FlameGraph maxSelf */
                maxSelf?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FlameGraph. */
            type $Shape = querier.v1.FlameGraph.$Properties;
        }

        /**
         * Properties of a FlameGraphDiff.
         * @deprecated Use querier.v1.FlameGraphDiff.$Properties instead.
         */
        interface IFlameGraphDiff extends querier.v1.FlameGraphDiff.$Properties {
        }

        /** Represents a FlameGraphDiff. */
        class FlameGraphDiff {

            /**
             * Constructs a new FlameGraphDiff.
             * @param [p] Properties to set
             */
            constructor(p?: querier.v1.FlameGraphDiff.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FlameGraphDiff names. */
            names: string[];

            /** FlameGraphDiff levels. */
            levels: querier.v1.Level.$Properties[];

            /** FlameGraphDiff total. */
            total: (number|Long);

            /** FlameGraphDiff maxSelf. */
            maxSelf: (number|Long);

            /** FlameGraphDiff leftTicks. */
            leftTicks: (number|Long);

            /** FlameGraphDiff rightTicks. */
            rightTicks: (number|Long);

            /**
             * Creates a new FlameGraphDiff instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FlameGraphDiff instance
             */
            static create(properties: querier.v1.FlameGraphDiff.$Shape): querier.v1.FlameGraphDiff & querier.v1.FlameGraphDiff.$Shape;
            static create(properties?: querier.v1.FlameGraphDiff.$Properties): querier.v1.FlameGraphDiff;

            /**
             * Encodes the specified FlameGraphDiff message. Does not implicitly {@link querier.v1.FlameGraphDiff.verify|verify} messages.
             * @param m FlameGraphDiff message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: querier.v1.FlameGraphDiff.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FlameGraphDiff message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {querier.v1.FlameGraphDiff & querier.v1.FlameGraphDiff.$Shape} FlameGraphDiff
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): querier.v1.FlameGraphDiff & querier.v1.FlameGraphDiff.$Shape;

            /**
             * Creates a FlameGraphDiff message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns FlameGraphDiff
             */
            static fromObject(d: { [k: string]: any }): querier.v1.FlameGraphDiff;

            /**
             * Creates a plain object from a FlameGraphDiff message. Also converts values to other types if specified.
             * @param m FlameGraphDiff
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: querier.v1.FlameGraphDiff, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FlameGraphDiff to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FlameGraphDiff
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FlameGraphDiff {

            /** Properties of a FlameGraphDiff. */
            interface $Properties {

                /** FlameGraphDiff names */
                names?: (string[]|null);

                /** FlameGraphDiff levels */
                levels?: (querier.v1.Level.$Properties[]|null);

                /** FlameGraphDiff total */
                total?: (number|Long|null);

                /** FlameGraphDiff maxSelf */
                maxSelf?: (number|Long|null);

                /** FlameGraphDiff leftTicks */
                leftTicks?: (number|Long|null);

                /** FlameGraphDiff rightTicks */
                rightTicks?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FlameGraphDiff. */
            type $Shape = querier.v1.FlameGraphDiff.$Properties;
        }

        /**
         * Properties of a Level.
         * @deprecated Use querier.v1.Level.$Properties instead.
         */
        interface ILevel extends querier.v1.Level.$Properties {
        }

        /** Represents a Level. */
        class Level {

            /**
             * Constructs a new Level.
             * @param [p] Properties to set
             */
            constructor(p?: querier.v1.Level.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Level values. */
            values: (number|Long)[];

            /**
             * Creates a new Level instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Level instance
             */
            static create(properties: querier.v1.Level.$Shape): querier.v1.Level & querier.v1.Level.$Shape;
            static create(properties?: querier.v1.Level.$Properties): querier.v1.Level;

            /**
             * Encodes the specified Level message. Does not implicitly {@link querier.v1.Level.verify|verify} messages.
             * @param m Level message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: querier.v1.Level.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Level message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {querier.v1.Level & querier.v1.Level.$Shape} Level
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): querier.v1.Level & querier.v1.Level.$Shape;

            /**
             * Creates a Level message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Level
             */
            static fromObject(d: { [k: string]: any }): querier.v1.Level;

            /**
             * Creates a plain object from a Level message. Also converts values to other types if specified.
             * @param m Level
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: querier.v1.Level, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Level to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Level
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Level {

            /** Properties of a Level. */
            interface $Properties {

                /** Level values */
                values?: ((number|Long)[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Level. */
            type $Shape = querier.v1.Level.$Properties;
        }

        /**
         * Properties of a DiffRequest.
         * @deprecated Use querier.v1.DiffRequest.$Properties instead.
         */
        interface IDiffRequest extends querier.v1.DiffRequest.$Properties {
        }

        /** Represents a DiffRequest. */
        class DiffRequest {

            /**
             * Constructs a new DiffRequest.
             * @param [p] Properties to set
             */
            constructor(p?: querier.v1.DiffRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DiffRequest left. */
            left?: (querier.v1.SelectMergeStacktracesRequest.$Properties|null);

            /** DiffRequest right. */
            right?: (querier.v1.SelectMergeStacktracesRequest.$Properties|null);

            /**
             * Creates a new DiffRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DiffRequest instance
             */
            static create(properties: querier.v1.DiffRequest.$Shape): querier.v1.DiffRequest & querier.v1.DiffRequest.$Shape;
            static create(properties?: querier.v1.DiffRequest.$Properties): querier.v1.DiffRequest;

            /**
             * Encodes the specified DiffRequest message. Does not implicitly {@link querier.v1.DiffRequest.verify|verify} messages.
             * @param m DiffRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: querier.v1.DiffRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DiffRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {querier.v1.DiffRequest & querier.v1.DiffRequest.$Shape} DiffRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): querier.v1.DiffRequest & querier.v1.DiffRequest.$Shape;

            /**
             * Creates a DiffRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DiffRequest
             */
            static fromObject(d: { [k: string]: any }): querier.v1.DiffRequest;

            /**
             * Creates a plain object from a DiffRequest message. Also converts values to other types if specified.
             * @param m DiffRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: querier.v1.DiffRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DiffRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DiffRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DiffRequest {

            /** Properties of a DiffRequest. */
            interface $Properties {

                /** DiffRequest left */
                left?: (querier.v1.SelectMergeStacktracesRequest.$Properties|null);

                /** DiffRequest right */
                right?: (querier.v1.SelectMergeStacktracesRequest.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DiffRequest. */
            type $Shape = querier.v1.DiffRequest.$Properties;
        }

        /**
         * Properties of a DiffResponse.
         * @deprecated Use querier.v1.DiffResponse.$Properties instead.
         */
        interface IDiffResponse extends querier.v1.DiffResponse.$Properties {
        }

        /** Represents a DiffResponse. */
        class DiffResponse {

            /**
             * Constructs a new DiffResponse.
             * @param [p] Properties to set
             */
            constructor(p?: querier.v1.DiffResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DiffResponse flamegraph. */
            flamegraph?: (querier.v1.FlameGraphDiff.$Properties|null);

            /**
             * Creates a new DiffResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DiffResponse instance
             */
            static create(properties: querier.v1.DiffResponse.$Shape): querier.v1.DiffResponse & querier.v1.DiffResponse.$Shape;
            static create(properties?: querier.v1.DiffResponse.$Properties): querier.v1.DiffResponse;

            /**
             * Encodes the specified DiffResponse message. Does not implicitly {@link querier.v1.DiffResponse.verify|verify} messages.
             * @param m DiffResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: querier.v1.DiffResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DiffResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {querier.v1.DiffResponse & querier.v1.DiffResponse.$Shape} DiffResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): querier.v1.DiffResponse & querier.v1.DiffResponse.$Shape;

            /**
             * Creates a DiffResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DiffResponse
             */
            static fromObject(d: { [k: string]: any }): querier.v1.DiffResponse;

            /**
             * Creates a plain object from a DiffResponse message. Also converts values to other types if specified.
             * @param m DiffResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: querier.v1.DiffResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DiffResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DiffResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DiffResponse {

            /** Properties of a DiffResponse. */
            interface $Properties {

                /** DiffResponse flamegraph */
                flamegraph?: (querier.v1.FlameGraphDiff.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DiffResponse. */
            type $Shape = querier.v1.DiffResponse.$Properties;
        }

        /**
         * Properties of a SelectMergeProfileRequest.
         * @deprecated Use querier.v1.SelectMergeProfileRequest.$Properties instead.
         */
        interface ISelectMergeProfileRequest extends querier.v1.SelectMergeProfileRequest.$Properties {
        }

        /** Represents a SelectMergeProfileRequest. */
        class SelectMergeProfileRequest {

            /**
             * Constructs a new SelectMergeProfileRequest.
             * @param [p] Properties to set
             */
            constructor(p?: querier.v1.SelectMergeProfileRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SelectMergeProfileRequest profileTypeID. */
            profileTypeID: string;

            /** SelectMergeProfileRequest labelSelector. */
            labelSelector: string;

            /** SelectMergeProfileRequest start. */
            start: (number|Long);

            /** SelectMergeProfileRequest end. */
            end: (number|Long);

            /** SelectMergeProfileRequest maxNodes. */
            maxNodes?: (number|Long|null);

            /** SelectMergeProfileRequest stackTraceSelector. */
            stackTraceSelector?: (types.v1.StackTraceSelector.$Properties|null);

            /** SelectMergeProfileRequest profileIdSelector. */
            profileIdSelector: string[];

            /** SelectMergeProfileRequest traceIdSelector. */
            traceIdSelector: string[];

            /**
             * Creates a new SelectMergeProfileRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SelectMergeProfileRequest instance
             */
            static create(properties: querier.v1.SelectMergeProfileRequest.$Shape): querier.v1.SelectMergeProfileRequest & querier.v1.SelectMergeProfileRequest.$Shape;
            static create(properties?: querier.v1.SelectMergeProfileRequest.$Properties): querier.v1.SelectMergeProfileRequest;

            /**
             * Encodes the specified SelectMergeProfileRequest message. Does not implicitly {@link querier.v1.SelectMergeProfileRequest.verify|verify} messages.
             * @param m SelectMergeProfileRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: querier.v1.SelectMergeProfileRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SelectMergeProfileRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {querier.v1.SelectMergeProfileRequest & querier.v1.SelectMergeProfileRequest.$Shape} SelectMergeProfileRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): querier.v1.SelectMergeProfileRequest & querier.v1.SelectMergeProfileRequest.$Shape;

            /**
             * Creates a SelectMergeProfileRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SelectMergeProfileRequest
             */
            static fromObject(d: { [k: string]: any }): querier.v1.SelectMergeProfileRequest;

            /**
             * Creates a plain object from a SelectMergeProfileRequest message. Also converts values to other types if specified.
             * @param m SelectMergeProfileRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: querier.v1.SelectMergeProfileRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SelectMergeProfileRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SelectMergeProfileRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SelectMergeProfileRequest {

            /** Properties of a SelectMergeProfileRequest. */
            interface $Properties {

                /** SelectMergeProfileRequest profileTypeID */
                profileTypeID?: (string|null);

                /** SelectMergeProfileRequest labelSelector */
                labelSelector?: (string|null);

                /** SelectMergeProfileRequest start */
                start?: (number|Long|null);

                /** SelectMergeProfileRequest end */
                end?: (number|Long|null);

                /** SelectMergeProfileRequest maxNodes */
                maxNodes?: (number|Long|null);

                /** SelectMergeProfileRequest stackTraceSelector */
                stackTraceSelector?: (types.v1.StackTraceSelector.$Properties|null);

                /** SelectMergeProfileRequest profileIdSelector */
                profileIdSelector?: (string[]|null);

                /** SelectMergeProfileRequest traceIdSelector */
                traceIdSelector?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SelectMergeProfileRequest. */
            type $Shape = querier.v1.SelectMergeProfileRequest.$Properties;
        }

        /**
         * Properties of a SelectSeriesRequest.
         * @deprecated Use querier.v1.SelectSeriesRequest.$Properties instead.
         */
        interface ISelectSeriesRequest extends querier.v1.SelectSeriesRequest.$Properties {
        }

        /** Represents a SelectSeriesRequest. */
        class SelectSeriesRequest {

            /**
             * Constructs a new SelectSeriesRequest.
             * @param [p] Properties to set
             */
            constructor(p?: querier.v1.SelectSeriesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SelectSeriesRequest profileTypeID. */
            profileTypeID: string;

            /** SelectSeriesRequest labelSelector. */
            labelSelector: string;

            /** SelectSeriesRequest start. */
            start: (number|Long);

            /** SelectSeriesRequest end. */
            end: (number|Long);

            /** SelectSeriesRequest groupBy. */
            groupBy: string[];

            /** SelectSeriesRequest step. */
            step: number;

            /** SelectSeriesRequest aggregation. */
            aggregation?: (types.v1.TimeSeriesAggregationType|null);

            /** SelectSeriesRequest stackTraceSelector. */
            stackTraceSelector?: (types.v1.StackTraceSelector.$Properties|null);

            /** SelectSeriesRequest limit. */
            limit?: (number|Long|null);

            /**
             * Creates a new SelectSeriesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SelectSeriesRequest instance
             */
            static create(properties: querier.v1.SelectSeriesRequest.$Shape): querier.v1.SelectSeriesRequest & querier.v1.SelectSeriesRequest.$Shape;
            static create(properties?: querier.v1.SelectSeriesRequest.$Properties): querier.v1.SelectSeriesRequest;

            /**
             * Encodes the specified SelectSeriesRequest message. Does not implicitly {@link querier.v1.SelectSeriesRequest.verify|verify} messages.
             * @param m SelectSeriesRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: querier.v1.SelectSeriesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SelectSeriesRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {querier.v1.SelectSeriesRequest & querier.v1.SelectSeriesRequest.$Shape} SelectSeriesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): querier.v1.SelectSeriesRequest & querier.v1.SelectSeriesRequest.$Shape;

            /**
             * Creates a SelectSeriesRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SelectSeriesRequest
             */
            static fromObject(d: { [k: string]: any }): querier.v1.SelectSeriesRequest;

            /**
             * Creates a plain object from a SelectSeriesRequest message. Also converts values to other types if specified.
             * @param m SelectSeriesRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: querier.v1.SelectSeriesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SelectSeriesRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SelectSeriesRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SelectSeriesRequest {

            /** Properties of a SelectSeriesRequest. */
            interface $Properties {

                /** SelectSeriesRequest profileTypeID */
                profileTypeID?: (string|null);

                /** SelectSeriesRequest labelSelector */
                labelSelector?: (string|null);

                /** SelectSeriesRequest start */
                start?: (number|Long|null);

                /** SelectSeriesRequest end */
                end?: (number|Long|null);

                /** SelectSeriesRequest groupBy */
                groupBy?: (string[]|null);

                /** SelectSeriesRequest step */
                step?: (number|null);

                /** SelectSeriesRequest aggregation */
                aggregation?: (types.v1.TimeSeriesAggregationType|null);

                /** SelectSeriesRequest stackTraceSelector */
                stackTraceSelector?: (types.v1.StackTraceSelector.$Properties|null);

                /** SelectSeriesRequest limit */
                limit?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SelectSeriesRequest. */
            type $Shape = querier.v1.SelectSeriesRequest.$Properties;
        }

        /**
         * Properties of a SelectSeriesResponse.
         * @deprecated Use querier.v1.SelectSeriesResponse.$Properties instead.
         */
        interface ISelectSeriesResponse extends querier.v1.SelectSeriesResponse.$Properties {
        }

        /** Represents a SelectSeriesResponse. */
        class SelectSeriesResponse {

            /**
             * Constructs a new SelectSeriesResponse.
             * @param [p] Properties to set
             */
            constructor(p?: querier.v1.SelectSeriesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SelectSeriesResponse series. */
            series: types.v1.Series.$Properties[];

            /**
             * Creates a new SelectSeriesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SelectSeriesResponse instance
             */
            static create(properties: querier.v1.SelectSeriesResponse.$Shape): querier.v1.SelectSeriesResponse & querier.v1.SelectSeriesResponse.$Shape;
            static create(properties?: querier.v1.SelectSeriesResponse.$Properties): querier.v1.SelectSeriesResponse;

            /**
             * Encodes the specified SelectSeriesResponse message. Does not implicitly {@link querier.v1.SelectSeriesResponse.verify|verify} messages.
             * @param m SelectSeriesResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: querier.v1.SelectSeriesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SelectSeriesResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {querier.v1.SelectSeriesResponse & querier.v1.SelectSeriesResponse.$Shape} SelectSeriesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): querier.v1.SelectSeriesResponse & querier.v1.SelectSeriesResponse.$Shape;

            /**
             * Creates a SelectSeriesResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SelectSeriesResponse
             */
            static fromObject(d: { [k: string]: any }): querier.v1.SelectSeriesResponse;

            /**
             * Creates a plain object from a SelectSeriesResponse message. Also converts values to other types if specified.
             * @param m SelectSeriesResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: querier.v1.SelectSeriesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SelectSeriesResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SelectSeriesResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SelectSeriesResponse {

            /** Properties of a SelectSeriesResponse. */
            interface $Properties {

                /** SelectSeriesResponse series */
                series?: (types.v1.Series.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SelectSeriesResponse. */
            type $Shape = querier.v1.SelectSeriesResponse.$Properties;
        }
    }
}

/** Namespace perftools. */
export namespace perftools {

    /** Namespace profiles. */
    namespace profiles {

        /**
         * Properties of a Profile.
         * @deprecated Use perftools.profiles.Profile.$Properties instead.
         */
        interface IProfile extends perftools.profiles.Profile.$Properties {
        }

        /** Represents a Profile. */
        class Profile {

            /**
             * Constructs a new Profile.
             * @param [p] Properties to set
             */
            constructor(p?: perftools.profiles.Profile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Profile sampleType. */
            sampleType: perftools.profiles.ValueType.$Properties[];

            /** Profile sample. */
            sample: perftools.profiles.Sample.$Properties[];

            /** Profile mapping. */
            mapping: perftools.profiles.Mapping.$Properties[];

            /** Profile location. */
            location: perftools.profiles.Location.$Properties[];

            /** Profile function. */
            function: perftools.profiles.Function.$Properties[];

            /** Profile stringTable. */
            stringTable: string[];

            /** Profile dropFrames. */
            dropFrames: (number|Long);

            /** Profile keepFrames. */
            keepFrames: (number|Long);

            /** Profile timeNanos. */
            timeNanos: (number|Long);

            /** Profile durationNanos. */
            durationNanos: (number|Long);

            /** Profile periodType. */
            periodType?: (perftools.profiles.ValueType.$Properties|null);

            /** Profile period. */
            period: (number|Long);

            /** Profile comment. */
            comment: (number|Long)[];

            /** Profile defaultSampleType. */
            defaultSampleType: (number|Long);

            /** Profile docUrl. */
            docUrl: (number|Long);

            /**
             * Creates a new Profile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Profile instance
             */
            static create(properties: perftools.profiles.Profile.$Shape): perftools.profiles.Profile & perftools.profiles.Profile.$Shape;
            static create(properties?: perftools.profiles.Profile.$Properties): perftools.profiles.Profile;

            /**
             * Encodes the specified Profile message. Does not implicitly {@link perftools.profiles.Profile.verify|verify} messages.
             * @param m Profile message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: perftools.profiles.Profile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Profile message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {perftools.profiles.Profile & perftools.profiles.Profile.$Shape} Profile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): perftools.profiles.Profile & perftools.profiles.Profile.$Shape;

            /**
             * Creates a Profile message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Profile
             */
            static fromObject(d: { [k: string]: any }): perftools.profiles.Profile;

            /**
             * Creates a plain object from a Profile message. Also converts values to other types if specified.
             * @param m Profile
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: perftools.profiles.Profile, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Profile to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Profile
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Profile {

            /** Properties of a Profile. */
            interface $Properties {

                /** Profile sampleType */
                sampleType?: (perftools.profiles.ValueType.$Properties[]|null);

                /** Profile sample */
                sample?: (perftools.profiles.Sample.$Properties[]|null);

                /** Profile mapping */
                mapping?: (perftools.profiles.Mapping.$Properties[]|null);

                /** Profile location */
                location?: (perftools.profiles.Location.$Properties[]|null);

                /** Profile function */
                "function"?: (perftools.profiles.Function.$Properties[]|null);

                /** Profile stringTable */
                stringTable?: (string[]|null);

                /** Profile dropFrames */
                dropFrames?: (number|Long|null);

                /** Profile keepFrames */
                keepFrames?: (number|Long|null);

                /** Profile timeNanos */
                timeNanos?: (number|Long|null);

                /** Profile durationNanos */
                durationNanos?: (number|Long|null);

                /** Profile periodType */
                periodType?: (perftools.profiles.ValueType.$Properties|null);

                /** Profile period */
                period?: (number|Long|null);

                /** Profile comment */
                comment?: ((number|Long)[]|null);

                /** Profile defaultSampleType */
                defaultSampleType?: (number|Long|null);

                /** Profile docUrl */
                docUrl?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Profile. */
            type $Shape = perftools.profiles.Profile.$Properties;
        }

        /**
         * Properties of a ValueType.
         * @deprecated Use perftools.profiles.ValueType.$Properties instead.
         */
        interface IValueType extends perftools.profiles.ValueType.$Properties {
        }

        /** Represents a ValueType. */
        class ValueType {

            /**
             * Constructs a new ValueType.
             * @param [p] Properties to set
             */
            constructor(p?: perftools.profiles.ValueType.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ValueType type. */
            type: (number|Long);

            /** ValueType unit. */
            unit: (number|Long);

            /**
             * Creates a new ValueType instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ValueType instance
             */
            static create(properties: perftools.profiles.ValueType.$Shape): perftools.profiles.ValueType & perftools.profiles.ValueType.$Shape;
            static create(properties?: perftools.profiles.ValueType.$Properties): perftools.profiles.ValueType;

            /**
             * Encodes the specified ValueType message. Does not implicitly {@link perftools.profiles.ValueType.verify|verify} messages.
             * @param m ValueType message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: perftools.profiles.ValueType.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ValueType message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {perftools.profiles.ValueType & perftools.profiles.ValueType.$Shape} ValueType
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): perftools.profiles.ValueType & perftools.profiles.ValueType.$Shape;

            /**
             * Creates a ValueType message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ValueType
             */
            static fromObject(d: { [k: string]: any }): perftools.profiles.ValueType;

            /**
             * Creates a plain object from a ValueType message. Also converts values to other types if specified.
             * @param m ValueType
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: perftools.profiles.ValueType, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ValueType to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ValueType
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ValueType {

            /** Properties of a ValueType. */
            interface $Properties {

                /** ValueType type */
                type?: (number|Long|null);

                /** ValueType unit */
                unit?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ValueType. */
            type $Shape = perftools.profiles.ValueType.$Properties;
        }

        /**
         * Properties of a Sample.
         * @deprecated Use perftools.profiles.Sample.$Properties instead.
         */
        interface ISample extends perftools.profiles.Sample.$Properties {
        }

        /** Represents a Sample. */
        class Sample {

            /**
             * Constructs a new Sample.
             * @param [p] Properties to set
             */
            constructor(p?: perftools.profiles.Sample.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Sample locationId. */
            locationId: (number|Long)[];

            /** Sample value. */
            value: (number|Long)[];

            /** Sample label. */
            label: perftools.profiles.Label.$Properties[];

            /**
             * Creates a new Sample instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Sample instance
             */
            static create(properties: perftools.profiles.Sample.$Shape): perftools.profiles.Sample & perftools.profiles.Sample.$Shape;
            static create(properties?: perftools.profiles.Sample.$Properties): perftools.profiles.Sample;

            /**
             * Encodes the specified Sample message. Does not implicitly {@link perftools.profiles.Sample.verify|verify} messages.
             * @param m Sample message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: perftools.profiles.Sample.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Sample message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {perftools.profiles.Sample & perftools.profiles.Sample.$Shape} Sample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): perftools.profiles.Sample & perftools.profiles.Sample.$Shape;

            /**
             * Creates a Sample message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Sample
             */
            static fromObject(d: { [k: string]: any }): perftools.profiles.Sample;

            /**
             * Creates a plain object from a Sample message. Also converts values to other types if specified.
             * @param m Sample
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: perftools.profiles.Sample, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Sample to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Sample
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Sample {

            /** Properties of a Sample. */
            interface $Properties {

                /** Sample locationId */
                locationId?: ((number|Long)[]|null);

                /** Sample value */
                value?: ((number|Long)[]|null);

                /** Sample label */
                label?: (perftools.profiles.Label.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Sample. */
            type $Shape = perftools.profiles.Sample.$Properties;
        }

        /**
         * Properties of a Label.
         * @deprecated Use perftools.profiles.Label.$Properties instead.
         */
        interface ILabel extends perftools.profiles.Label.$Properties {
        }

        /** Represents a Label. */
        class Label {

            /**
             * Constructs a new Label.
             * @param [p] Properties to set
             */
            constructor(p?: perftools.profiles.Label.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Label key. */
            key: (number|Long);

            /** Label str. */
            str: (number|Long);

            /** Label num. */
            num: (number|Long);

            /** Label numUnit. */
            numUnit: (number|Long);

            /**
             * Creates a new Label instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Label instance
             */
            static create(properties: perftools.profiles.Label.$Shape): perftools.profiles.Label & perftools.profiles.Label.$Shape;
            static create(properties?: perftools.profiles.Label.$Properties): perftools.profiles.Label;

            /**
             * Encodes the specified Label message. Does not implicitly {@link perftools.profiles.Label.verify|verify} messages.
             * @param m Label message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: perftools.profiles.Label.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Label message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {perftools.profiles.Label & perftools.profiles.Label.$Shape} Label
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): perftools.profiles.Label & perftools.profiles.Label.$Shape;

            /**
             * Creates a Label message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Label
             */
            static fromObject(d: { [k: string]: any }): perftools.profiles.Label;

            /**
             * Creates a plain object from a Label message. Also converts values to other types if specified.
             * @param m Label
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: perftools.profiles.Label, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Label to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Label
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Label {

            /** Properties of a Label. */
            interface $Properties {

                /** Label key */
                key?: (number|Long|null);

                /** Label str */
                str?: (number|Long|null);

                /** Label num */
                num?: (number|Long|null);

                /** Label numUnit */
                numUnit?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Label. */
            type $Shape = perftools.profiles.Label.$Properties;
        }

        /**
         * Properties of a Mapping.
         * @deprecated Use perftools.profiles.Mapping.$Properties instead.
         */
        interface IMapping extends perftools.profiles.Mapping.$Properties {
        }

        /** Represents a Mapping. */
        class Mapping {

            /**
             * Constructs a new Mapping.
             * @param [p] Properties to set
             */
            constructor(p?: perftools.profiles.Mapping.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Mapping id. */
            id: (number|Long);

            /** Mapping memoryStart. */
            memoryStart: (number|Long);

            /** Mapping memoryLimit. */
            memoryLimit: (number|Long);

            /** Mapping fileOffset. */
            fileOffset: (number|Long);

            /** Mapping filename. */
            filename: (number|Long);

            /** Mapping buildId. */
            buildId: (number|Long);

            /** Mapping hasFunctions. */
            hasFunctions: boolean;

            /** Mapping hasFilenames. */
            hasFilenames: boolean;

            /** Mapping hasLineNumbers. */
            hasLineNumbers: boolean;

            /** Mapping hasInlineFrames. */
            hasInlineFrames: boolean;

            /**
             * Creates a new Mapping instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Mapping instance
             */
            static create(properties: perftools.profiles.Mapping.$Shape): perftools.profiles.Mapping & perftools.profiles.Mapping.$Shape;
            static create(properties?: perftools.profiles.Mapping.$Properties): perftools.profiles.Mapping;

            /**
             * Encodes the specified Mapping message. Does not implicitly {@link perftools.profiles.Mapping.verify|verify} messages.
             * @param m Mapping message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: perftools.profiles.Mapping.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Mapping message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {perftools.profiles.Mapping & perftools.profiles.Mapping.$Shape} Mapping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): perftools.profiles.Mapping & perftools.profiles.Mapping.$Shape;

            /**
             * Creates a Mapping message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Mapping
             */
            static fromObject(d: { [k: string]: any }): perftools.profiles.Mapping;

            /**
             * Creates a plain object from a Mapping message. Also converts values to other types if specified.
             * @param m Mapping
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: perftools.profiles.Mapping, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Mapping to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Mapping
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Mapping {

            /** Properties of a Mapping. */
            interface $Properties {

                /** Mapping id */
                id?: (number|Long|null);

                /** Mapping memoryStart */
                memoryStart?: (number|Long|null);

                /** Mapping memoryLimit */
                memoryLimit?: (number|Long|null);

                /** Mapping fileOffset */
                fileOffset?: (number|Long|null);

                /** Mapping filename */
                filename?: (number|Long|null);

                /** Mapping buildId */
                buildId?: (number|Long|null);

                /** Mapping hasFunctions */
                hasFunctions?: (boolean|null);

                /** Mapping hasFilenames */
                hasFilenames?: (boolean|null);

                /** Mapping hasLineNumbers */
                hasLineNumbers?: (boolean|null);

                /** Mapping hasInlineFrames */
                hasInlineFrames?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Mapping. */
            type $Shape = perftools.profiles.Mapping.$Properties;
        }

        /**
         * Properties of a Location.
         * @deprecated Use perftools.profiles.Location.$Properties instead.
         */
        interface ILocation extends perftools.profiles.Location.$Properties {
        }

        /** Represents a Location. */
        class Location {

            /**
             * Constructs a new Location.
             * @param [p] Properties to set
             */
            constructor(p?: perftools.profiles.Location.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Location id. */
            id: (number|Long);

            /** Location mappingId. */
            mappingId: (number|Long);

            /** Location address. */
            address: (number|Long);

            /** Location line. */
            line: perftools.profiles.Line.$Properties[];

            /** Location isFolded. */
            isFolded: boolean;

            /**
             * Creates a new Location instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Location instance
             */
            static create(properties: perftools.profiles.Location.$Shape): perftools.profiles.Location & perftools.profiles.Location.$Shape;
            static create(properties?: perftools.profiles.Location.$Properties): perftools.profiles.Location;

            /**
             * Encodes the specified Location message. Does not implicitly {@link perftools.profiles.Location.verify|verify} messages.
             * @param m Location message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: perftools.profiles.Location.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Location message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {perftools.profiles.Location & perftools.profiles.Location.$Shape} Location
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): perftools.profiles.Location & perftools.profiles.Location.$Shape;

            /**
             * Creates a Location message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Location
             */
            static fromObject(d: { [k: string]: any }): perftools.profiles.Location;

            /**
             * Creates a plain object from a Location message. Also converts values to other types if specified.
             * @param m Location
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: perftools.profiles.Location, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Location to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Location
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Location {

            /** Properties of a Location. */
            interface $Properties {

                /** Location id */
                id?: (number|Long|null);

                /** Location mappingId */
                mappingId?: (number|Long|null);

                /** Location address */
                address?: (number|Long|null);

                /** Location line */
                line?: (perftools.profiles.Line.$Properties[]|null);

                /** Location isFolded */
                isFolded?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Location. */
            type $Shape = perftools.profiles.Location.$Properties;
        }

        /**
         * Properties of a Line.
         * @deprecated Use perftools.profiles.Line.$Properties instead.
         */
        interface ILine extends perftools.profiles.Line.$Properties {
        }

        /** Represents a Line. */
        class Line {

            /**
             * Constructs a new Line.
             * @param [p] Properties to set
             */
            constructor(p?: perftools.profiles.Line.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Line functionId. */
            functionId: (number|Long);

            /** Line line. */
            line: (number|Long);

            /** Line column. */
            column: (number|Long);

            /**
             * Creates a new Line instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Line instance
             */
            static create(properties: perftools.profiles.Line.$Shape): perftools.profiles.Line & perftools.profiles.Line.$Shape;
            static create(properties?: perftools.profiles.Line.$Properties): perftools.profiles.Line;

            /**
             * Encodes the specified Line message. Does not implicitly {@link perftools.profiles.Line.verify|verify} messages.
             * @param m Line message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: perftools.profiles.Line.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Line message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {perftools.profiles.Line & perftools.profiles.Line.$Shape} Line
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): perftools.profiles.Line & perftools.profiles.Line.$Shape;

            /**
             * Creates a Line message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Line
             */
            static fromObject(d: { [k: string]: any }): perftools.profiles.Line;

            /**
             * Creates a plain object from a Line message. Also converts values to other types if specified.
             * @param m Line
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: perftools.profiles.Line, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Line to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Line
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Line {

            /** Properties of a Line. */
            interface $Properties {

                /** Line functionId */
                functionId?: (number|Long|null);

                /** Line line */
                line?: (number|Long|null);

                /** Line column */
                column?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Line. */
            type $Shape = perftools.profiles.Line.$Properties;
        }

        /**
         * Properties of a Function.
         * @deprecated Use perftools.profiles.Function.$Properties instead.
         */
        interface IFunction extends perftools.profiles.Function.$Properties {
        }

        /** Represents a Function. */
        class Function {

            /**
             * Constructs a new Function.
             * @param [p] Properties to set
             */
            constructor(p?: perftools.profiles.Function.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Function id. */
            id: (number|Long);

            /** Function name. */
            name: (number|Long);

            /** Function systemName. */
            systemName: (number|Long);

            /** Function filename. */
            filename: (number|Long);

            /** Function startLine. */
            startLine: (number|Long);

            /**
             * Creates a new Function instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Function instance
             */
            static create(properties: perftools.profiles.Function.$Shape): perftools.profiles.Function & perftools.profiles.Function.$Shape;
            static create(properties?: perftools.profiles.Function.$Properties): perftools.profiles.Function;

            /**
             * Encodes the specified Function message. Does not implicitly {@link perftools.profiles.Function.verify|verify} messages.
             * @param m Function message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: perftools.profiles.Function.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Function message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {perftools.profiles.Function & perftools.profiles.Function.$Shape} Function
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): perftools.profiles.Function & perftools.profiles.Function.$Shape;

            /**
             * Creates a Function message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Function
             */
            static fromObject(d: { [k: string]: any }): perftools.profiles.Function;

            /**
             * Creates a plain object from a Function message. Also converts values to other types if specified.
             * @param m Function
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: perftools.profiles.Function, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Function to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Function
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Function {

            /** Properties of a Function. */
            interface $Properties {

                /** Function id */
                id?: (number|Long|null);

                /** Function name */
                name?: (number|Long|null);

                /** Function systemName */
                systemName?: (number|Long|null);

                /** Function filename */
                filename?: (number|Long|null);

                /** Function startLine */
                startLine?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Function. */
            type $Shape = perftools.profiles.Function.$Properties;
        }
    }
}

/** Namespace types. */
export namespace types {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a LabelPair.
         * @deprecated Use types.v1.LabelPair.$Properties instead.
         */
        interface ILabelPair extends types.v1.LabelPair.$Properties {
        }

        /** Represents a LabelPair. */
        class LabelPair {

            /**
             * Constructs a new LabelPair.
             * @param [p] Properties to set
             */
            constructor(p?: types.v1.LabelPair.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LabelPair name. */
            name: string;

            /** LabelPair value. */
            value: string;

            /**
             * Creates a new LabelPair instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LabelPair instance
             */
            static create(properties: types.v1.LabelPair.$Shape): types.v1.LabelPair & types.v1.LabelPair.$Shape;
            static create(properties?: types.v1.LabelPair.$Properties): types.v1.LabelPair;

            /**
             * Encodes the specified LabelPair message. Does not implicitly {@link types.v1.LabelPair.verify|verify} messages.
             * @param m LabelPair message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: types.v1.LabelPair.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LabelPair message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {types.v1.LabelPair & types.v1.LabelPair.$Shape} LabelPair
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): types.v1.LabelPair & types.v1.LabelPair.$Shape;

            /**
             * Creates a LabelPair message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LabelPair
             */
            static fromObject(d: { [k: string]: any }): types.v1.LabelPair;

            /**
             * Creates a plain object from a LabelPair message. Also converts values to other types if specified.
             * @param m LabelPair
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: types.v1.LabelPair, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LabelPair to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LabelPair
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LabelPair {

            /** Properties of a LabelPair. */
            interface $Properties {

                /** LabelPair name */
                name?: (string|null);

                /** LabelPair value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LabelPair. */
            type $Shape = types.v1.LabelPair.$Properties;
        }

        /**
         * Properties of a Labels.
         * @deprecated Use types.v1.Labels.$Properties instead.
         */
        interface ILabels extends types.v1.Labels.$Properties {
        }

        /** Represents a Labels. */
        class Labels {

            /**
             * Constructs a new Labels.
             * @param [p] Properties to set
             */
            constructor(p?: types.v1.Labels.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Labels labels. */
            labels: types.v1.LabelPair.$Properties[];

            /**
             * Creates a new Labels instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Labels instance
             */
            static create(properties: types.v1.Labels.$Shape): types.v1.Labels & types.v1.Labels.$Shape;
            static create(properties?: types.v1.Labels.$Properties): types.v1.Labels;

            /**
             * Encodes the specified Labels message. Does not implicitly {@link types.v1.Labels.verify|verify} messages.
             * @param m Labels message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: types.v1.Labels.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Labels message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {types.v1.Labels & types.v1.Labels.$Shape} Labels
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): types.v1.Labels & types.v1.Labels.$Shape;

            /**
             * Creates a Labels message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Labels
             */
            static fromObject(d: { [k: string]: any }): types.v1.Labels;

            /**
             * Creates a plain object from a Labels message. Also converts values to other types if specified.
             * @param m Labels
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: types.v1.Labels, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Labels to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Labels
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Labels {

            /** Properties of a Labels. */
            interface $Properties {

                /** Labels labels */
                labels?: (types.v1.LabelPair.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Labels. */
            type $Shape = types.v1.Labels.$Properties;
        }

        /**
         * Properties of a ProfileType.
         * @deprecated Use types.v1.ProfileType.$Properties instead.
         */
        interface IProfileType extends types.v1.ProfileType.$Properties {
        }

        /** Represents a ProfileType. */
        class ProfileType {

            /**
             * Constructs a new ProfileType.
             * @param [p] Properties to set
             */
            constructor(p?: types.v1.ProfileType.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProfileType ID. */
            ID: string;

            /** ProfileType name. */
            name: string;

            /** ProfileType sampleType. */
            sampleType: string;

            /** ProfileType sampleUnit. */
            sampleUnit: string;

            /** ProfileType periodType. */
            periodType: string;

            /** ProfileType periodUnit. */
            periodUnit: string;

            /**
             * Creates a new ProfileType instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProfileType instance
             */
            static create(properties: types.v1.ProfileType.$Shape): types.v1.ProfileType & types.v1.ProfileType.$Shape;
            static create(properties?: types.v1.ProfileType.$Properties): types.v1.ProfileType;

            /**
             * Encodes the specified ProfileType message. Does not implicitly {@link types.v1.ProfileType.verify|verify} messages.
             * @param m ProfileType message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: types.v1.ProfileType.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProfileType message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {types.v1.ProfileType & types.v1.ProfileType.$Shape} ProfileType
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): types.v1.ProfileType & types.v1.ProfileType.$Shape;

            /**
             * Creates a ProfileType message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ProfileType
             */
            static fromObject(d: { [k: string]: any }): types.v1.ProfileType;

            /**
             * Creates a plain object from a ProfileType message. Also converts values to other types if specified.
             * @param m ProfileType
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: types.v1.ProfileType, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProfileType to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProfileType
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProfileType {

            /** Properties of a ProfileType. */
            interface $Properties {

                /** ProfileType ID */
                ID?: (string|null);

                /** ProfileType name */
                name?: (string|null);

                /** ProfileType sampleType */
                sampleType?: (string|null);

                /** ProfileType sampleUnit */
                sampleUnit?: (string|null);

                /** ProfileType periodType */
                periodType?: (string|null);

                /** ProfileType periodUnit */
                periodUnit?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProfileType. */
            type $Shape = types.v1.ProfileType.$Properties;
        }

        /**
         * Properties of a Series.
         * @deprecated Use types.v1.Series.$Properties instead.
         */
        interface ISeries extends types.v1.Series.$Properties {
        }

        /** Represents a Series. */
        class Series {

            /**
             * Constructs a new Series.
             * @param [p] Properties to set
             */
            constructor(p?: types.v1.Series.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Series labels. */
            labels: types.v1.LabelPair.$Properties[];

            /** Series points. */
            points: types.v1.Point.$Properties[];

            /**
             * Creates a new Series instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Series instance
             */
            static create(properties: types.v1.Series.$Shape): types.v1.Series & types.v1.Series.$Shape;
            static create(properties?: types.v1.Series.$Properties): types.v1.Series;

            /**
             * Encodes the specified Series message. Does not implicitly {@link types.v1.Series.verify|verify} messages.
             * @param m Series message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: types.v1.Series.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Series message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {types.v1.Series & types.v1.Series.$Shape} Series
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): types.v1.Series & types.v1.Series.$Shape;

            /**
             * Creates a Series message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Series
             */
            static fromObject(d: { [k: string]: any }): types.v1.Series;

            /**
             * Creates a plain object from a Series message. Also converts values to other types if specified.
             * @param m Series
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: types.v1.Series, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Series to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Series
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Series {

            /** Properties of a Series. */
            interface $Properties {

                /** Series labels */
                labels?: (types.v1.LabelPair.$Properties[]|null);

                /** Series points */
                points?: (types.v1.Point.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Series. */
            type $Shape = types.v1.Series.$Properties;
        }

        /**
         * Properties of a Point.
         * @deprecated Use types.v1.Point.$Properties instead.
         */
        interface IPoint extends types.v1.Point.$Properties {
        }

        /** Represents a Point. */
        class Point {

            /**
             * Constructs a new Point.
             * @param [p] Properties to set
             */
            constructor(p?: types.v1.Point.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Point value. */
            value: number;

            /** Point timestamp. */
            timestamp: (number|Long);

            /**
             * Creates a new Point instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Point instance
             */
            static create(properties: types.v1.Point.$Shape): types.v1.Point & types.v1.Point.$Shape;
            static create(properties?: types.v1.Point.$Properties): types.v1.Point;

            /**
             * Encodes the specified Point message. Does not implicitly {@link types.v1.Point.verify|verify} messages.
             * @param m Point message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: types.v1.Point.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Point message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {types.v1.Point & types.v1.Point.$Shape} Point
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): types.v1.Point & types.v1.Point.$Shape;

            /**
             * Creates a Point message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Point
             */
            static fromObject(d: { [k: string]: any }): types.v1.Point;

            /**
             * Creates a plain object from a Point message. Also converts values to other types if specified.
             * @param m Point
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: types.v1.Point, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Point to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Point
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Point {

            /** Properties of a Point. */
            interface $Properties {

                /** Point value */
                value?: (number|null);

                /** Point timestamp */
                timestamp?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Point. */
            type $Shape = types.v1.Point.$Properties;
        }

        /**
         * Properties of a LabelNamesRequest.
         * @deprecated Use types.v1.LabelNamesRequest.$Properties instead.
         */
        interface ILabelNamesRequest extends types.v1.LabelNamesRequest.$Properties {
        }

        /** Represents a LabelNamesRequest. */
        class LabelNamesRequest {

            /**
             * Constructs a new LabelNamesRequest.
             * @param [p] Properties to set
             */
            constructor(p?: types.v1.LabelNamesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LabelNamesRequest matchers. */
            matchers: string[];

            /** LabelNamesRequest start. */
            start: (number|Long);

            /** LabelNamesRequest end. */
            end: (number|Long);

            /**
             * Creates a new LabelNamesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LabelNamesRequest instance
             */
            static create(properties: types.v1.LabelNamesRequest.$Shape): types.v1.LabelNamesRequest & types.v1.LabelNamesRequest.$Shape;
            static create(properties?: types.v1.LabelNamesRequest.$Properties): types.v1.LabelNamesRequest;

            /**
             * Encodes the specified LabelNamesRequest message. Does not implicitly {@link types.v1.LabelNamesRequest.verify|verify} messages.
             * @param m LabelNamesRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: types.v1.LabelNamesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LabelNamesRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {types.v1.LabelNamesRequest & types.v1.LabelNamesRequest.$Shape} LabelNamesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): types.v1.LabelNamesRequest & types.v1.LabelNamesRequest.$Shape;

            /**
             * Creates a LabelNamesRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LabelNamesRequest
             */
            static fromObject(d: { [k: string]: any }): types.v1.LabelNamesRequest;

            /**
             * Creates a plain object from a LabelNamesRequest message. Also converts values to other types if specified.
             * @param m LabelNamesRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: types.v1.LabelNamesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LabelNamesRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LabelNamesRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LabelNamesRequest {

            /** Properties of a LabelNamesRequest. */
            interface $Properties {

                /** LabelNamesRequest matchers */
                matchers?: (string[]|null);

                /** LabelNamesRequest start */
                start?: (number|Long|null);

                /** LabelNamesRequest end */
                end?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LabelNamesRequest. */
            type $Shape = types.v1.LabelNamesRequest.$Properties;
        }

        /**
         * Properties of a LabelNamesResponse.
         * @deprecated Use types.v1.LabelNamesResponse.$Properties instead.
         */
        interface ILabelNamesResponse extends types.v1.LabelNamesResponse.$Properties {
        }

        /** Represents a LabelNamesResponse. */
        class LabelNamesResponse {

            /**
             * Constructs a new LabelNamesResponse.
             * @param [p] Properties to set
             */
            constructor(p?: types.v1.LabelNamesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LabelNamesResponse names. */
            names: string[];

            /**
             * Creates a new LabelNamesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LabelNamesResponse instance
             */
            static create(properties: types.v1.LabelNamesResponse.$Shape): types.v1.LabelNamesResponse & types.v1.LabelNamesResponse.$Shape;
            static create(properties?: types.v1.LabelNamesResponse.$Properties): types.v1.LabelNamesResponse;

            /**
             * Encodes the specified LabelNamesResponse message. Does not implicitly {@link types.v1.LabelNamesResponse.verify|verify} messages.
             * @param m LabelNamesResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: types.v1.LabelNamesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LabelNamesResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {types.v1.LabelNamesResponse & types.v1.LabelNamesResponse.$Shape} LabelNamesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): types.v1.LabelNamesResponse & types.v1.LabelNamesResponse.$Shape;

            /**
             * Creates a LabelNamesResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LabelNamesResponse
             */
            static fromObject(d: { [k: string]: any }): types.v1.LabelNamesResponse;

            /**
             * Creates a plain object from a LabelNamesResponse message. Also converts values to other types if specified.
             * @param m LabelNamesResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: types.v1.LabelNamesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LabelNamesResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LabelNamesResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LabelNamesResponse {

            /** Properties of a LabelNamesResponse. */
            interface $Properties {

                /** LabelNamesResponse names */
                names?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LabelNamesResponse. */
            type $Shape = types.v1.LabelNamesResponse.$Properties;
        }

        /**
         * Properties of a LabelValuesRequest.
         * @deprecated Use types.v1.LabelValuesRequest.$Properties instead.
         */
        interface ILabelValuesRequest extends types.v1.LabelValuesRequest.$Properties {
        }

        /** Represents a LabelValuesRequest. */
        class LabelValuesRequest {

            /**
             * Constructs a new LabelValuesRequest.
             * @param [p] Properties to set
             */
            constructor(p?: types.v1.LabelValuesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LabelValuesRequest name. */
            name: string;

            /** LabelValuesRequest matchers. */
            matchers: string[];

            /** LabelValuesRequest start. */
            start: (number|Long);

            /** LabelValuesRequest end. */
            end: (number|Long);

            /**
             * Creates a new LabelValuesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LabelValuesRequest instance
             */
            static create(properties: types.v1.LabelValuesRequest.$Shape): types.v1.LabelValuesRequest & types.v1.LabelValuesRequest.$Shape;
            static create(properties?: types.v1.LabelValuesRequest.$Properties): types.v1.LabelValuesRequest;

            /**
             * Encodes the specified LabelValuesRequest message. Does not implicitly {@link types.v1.LabelValuesRequest.verify|verify} messages.
             * @param m LabelValuesRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: types.v1.LabelValuesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LabelValuesRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {types.v1.LabelValuesRequest & types.v1.LabelValuesRequest.$Shape} LabelValuesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): types.v1.LabelValuesRequest & types.v1.LabelValuesRequest.$Shape;

            /**
             * Creates a LabelValuesRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LabelValuesRequest
             */
            static fromObject(d: { [k: string]: any }): types.v1.LabelValuesRequest;

            /**
             * Creates a plain object from a LabelValuesRequest message. Also converts values to other types if specified.
             * @param m LabelValuesRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: types.v1.LabelValuesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LabelValuesRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LabelValuesRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LabelValuesRequest {

            /** Properties of a LabelValuesRequest. */
            interface $Properties {

                /** LabelValuesRequest name */
                name?: (string|null);

                /** LabelValuesRequest matchers */
                matchers?: (string[]|null);

                /** LabelValuesRequest start */
                start?: (number|Long|null);

                /** LabelValuesRequest end */
                end?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LabelValuesRequest. */
            type $Shape = types.v1.LabelValuesRequest.$Properties;
        }

        /**
         * Properties of a LabelValuesResponse.
         * @deprecated Use types.v1.LabelValuesResponse.$Properties instead.
         */
        interface ILabelValuesResponse extends types.v1.LabelValuesResponse.$Properties {
        }

        /** Represents a LabelValuesResponse. */
        class LabelValuesResponse {

            /**
             * Constructs a new LabelValuesResponse.
             * @param [p] Properties to set
             */
            constructor(p?: types.v1.LabelValuesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LabelValuesResponse names. */
            names: string[];

            /**
             * Creates a new LabelValuesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LabelValuesResponse instance
             */
            static create(properties: types.v1.LabelValuesResponse.$Shape): types.v1.LabelValuesResponse & types.v1.LabelValuesResponse.$Shape;
            static create(properties?: types.v1.LabelValuesResponse.$Properties): types.v1.LabelValuesResponse;

            /**
             * Encodes the specified LabelValuesResponse message. Does not implicitly {@link types.v1.LabelValuesResponse.verify|verify} messages.
             * @param m LabelValuesResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: types.v1.LabelValuesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LabelValuesResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {types.v1.LabelValuesResponse & types.v1.LabelValuesResponse.$Shape} LabelValuesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): types.v1.LabelValuesResponse & types.v1.LabelValuesResponse.$Shape;

            /**
             * Creates a LabelValuesResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LabelValuesResponse
             */
            static fromObject(d: { [k: string]: any }): types.v1.LabelValuesResponse;

            /**
             * Creates a plain object from a LabelValuesResponse message. Also converts values to other types if specified.
             * @param m LabelValuesResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: types.v1.LabelValuesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LabelValuesResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LabelValuesResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LabelValuesResponse {

            /** Properties of a LabelValuesResponse. */
            interface $Properties {

                /** LabelValuesResponse names */
                names?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LabelValuesResponse. */
            type $Shape = types.v1.LabelValuesResponse.$Properties;
        }

        /** TimeSeriesAggregationType enum. */
        enum TimeSeriesAggregationType {

            /** TIME_SERIES_AGGREGATION_TYPE_SUM value */
            TIME_SERIES_AGGREGATION_TYPE_SUM = 0,

            /** TIME_SERIES_AGGREGATION_TYPE_AVERAGE value */
            TIME_SERIES_AGGREGATION_TYPE_AVERAGE = 1
        }

        /**
         * Properties of a StackTraceSelector.
         * @deprecated Use types.v1.StackTraceSelector.$Properties instead.
         */
        interface IStackTraceSelector extends types.v1.StackTraceSelector.$Properties {
        }

        /** Represents a StackTraceSelector. */
        class StackTraceSelector {

            /**
             * Constructs a new StackTraceSelector.
             * @param [p] Properties to set
             */
            constructor(p?: types.v1.StackTraceSelector.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StackTraceSelector callSite. */
            callSite: types.v1.Location.$Properties[];

            /** StackTraceSelector goPgo. */
            goPgo?: (types.v1.GoPGO.$Properties|null);

            /**
             * Creates a new StackTraceSelector instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StackTraceSelector instance
             */
            static create(properties: types.v1.StackTraceSelector.$Shape): types.v1.StackTraceSelector & types.v1.StackTraceSelector.$Shape;
            static create(properties?: types.v1.StackTraceSelector.$Properties): types.v1.StackTraceSelector;

            /**
             * Encodes the specified StackTraceSelector message. Does not implicitly {@link types.v1.StackTraceSelector.verify|verify} messages.
             * @param m StackTraceSelector message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: types.v1.StackTraceSelector.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StackTraceSelector message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {types.v1.StackTraceSelector & types.v1.StackTraceSelector.$Shape} StackTraceSelector
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): types.v1.StackTraceSelector & types.v1.StackTraceSelector.$Shape;

            /**
             * Creates a StackTraceSelector message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns StackTraceSelector
             */
            static fromObject(d: { [k: string]: any }): types.v1.StackTraceSelector;

            /**
             * Creates a plain object from a StackTraceSelector message. Also converts values to other types if specified.
             * @param m StackTraceSelector
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: types.v1.StackTraceSelector, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StackTraceSelector to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StackTraceSelector
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StackTraceSelector {

            /** Properties of a StackTraceSelector. */
            interface $Properties {

                /** StackTraceSelector callSite */
                callSite?: (types.v1.Location.$Properties[]|null);

                /** StackTraceSelector goPgo */
                goPgo?: (types.v1.GoPGO.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StackTraceSelector. */
            type $Shape = types.v1.StackTraceSelector.$Properties;
        }

        /**
         * Properties of a Location.
         * @deprecated Use types.v1.Location.$Properties instead.
         */
        interface ILocation extends types.v1.Location.$Properties {
        }

        /** Represents a Location. */
        class Location {

            /**
             * Constructs a new Location.
             * @param [p] Properties to set
             */
            constructor(p?: types.v1.Location.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Location name. */
            name: string;

            /**
             * Creates a new Location instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Location instance
             */
            static create(properties: types.v1.Location.$Shape): types.v1.Location & types.v1.Location.$Shape;
            static create(properties?: types.v1.Location.$Properties): types.v1.Location;

            /**
             * Encodes the specified Location message. Does not implicitly {@link types.v1.Location.verify|verify} messages.
             * @param m Location message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: types.v1.Location.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Location message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {types.v1.Location & types.v1.Location.$Shape} Location
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): types.v1.Location & types.v1.Location.$Shape;

            /**
             * Creates a Location message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Location
             */
            static fromObject(d: { [k: string]: any }): types.v1.Location;

            /**
             * Creates a plain object from a Location message. Also converts values to other types if specified.
             * @param m Location
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: types.v1.Location, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Location to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Location
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Location {

            /** Properties of a Location. */
            interface $Properties {

                /** Location name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Location. */
            type $Shape = types.v1.Location.$Properties;
        }

        /**
         * Properties of a GoPGO.
         * @deprecated Use types.v1.GoPGO.$Properties instead.
         */
        interface IGoPGO extends types.v1.GoPGO.$Properties {
        }

        /** Represents a GoPGO. */
        class GoPGO {

            /**
             * Constructs a new GoPGO.
             * @param [p] Properties to set
             */
            constructor(p?: types.v1.GoPGO.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GoPGO keepLocations. */
            keepLocations: number;

            /** GoPGO aggregateCallees. */
            aggregateCallees: boolean;

            /**
             * Creates a new GoPGO instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GoPGO instance
             */
            static create(properties: types.v1.GoPGO.$Shape): types.v1.GoPGO & types.v1.GoPGO.$Shape;
            static create(properties?: types.v1.GoPGO.$Properties): types.v1.GoPGO;

            /**
             * Encodes the specified GoPGO message. Does not implicitly {@link types.v1.GoPGO.verify|verify} messages.
             * @param m GoPGO message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: types.v1.GoPGO.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GoPGO message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {types.v1.GoPGO & types.v1.GoPGO.$Shape} GoPGO
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): types.v1.GoPGO & types.v1.GoPGO.$Shape;

            /**
             * Creates a GoPGO message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns GoPGO
             */
            static fromObject(d: { [k: string]: any }): types.v1.GoPGO;

            /**
             * Creates a plain object from a GoPGO message. Also converts values to other types if specified.
             * @param m GoPGO
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: types.v1.GoPGO, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GoPGO to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GoPGO
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GoPGO {

            /** Properties of a GoPGO. */
            interface $Properties {

                /** GoPGO keepLocations */
                keepLocations?: (number|null);

                /** GoPGO aggregateCallees */
                aggregateCallees?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GoPGO. */
            type $Shape = types.v1.GoPGO.$Properties;
        }

        /**
         * Properties of a GetProfileStatsRequest.
         * @deprecated Use types.v1.GetProfileStatsRequest.$Properties instead.
         */
        interface IGetProfileStatsRequest extends types.v1.GetProfileStatsRequest.$Properties {
        }

        /** Represents a GetProfileStatsRequest. */
        class GetProfileStatsRequest {

            /**
             * Constructs a new GetProfileStatsRequest.
             * @param [p] Properties to set
             */
            constructor(p?: types.v1.GetProfileStatsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new GetProfileStatsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetProfileStatsRequest instance
             */
            static create(properties: types.v1.GetProfileStatsRequest.$Shape): types.v1.GetProfileStatsRequest & types.v1.GetProfileStatsRequest.$Shape;
            static create(properties?: types.v1.GetProfileStatsRequest.$Properties): types.v1.GetProfileStatsRequest;

            /**
             * Encodes the specified GetProfileStatsRequest message. Does not implicitly {@link types.v1.GetProfileStatsRequest.verify|verify} messages.
             * @param m GetProfileStatsRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: types.v1.GetProfileStatsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetProfileStatsRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {types.v1.GetProfileStatsRequest & types.v1.GetProfileStatsRequest.$Shape} GetProfileStatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): types.v1.GetProfileStatsRequest & types.v1.GetProfileStatsRequest.$Shape;

            /**
             * Creates a GetProfileStatsRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns GetProfileStatsRequest
             */
            static fromObject(d: { [k: string]: any }): types.v1.GetProfileStatsRequest;

            /**
             * Creates a plain object from a GetProfileStatsRequest message. Also converts values to other types if specified.
             * @param m GetProfileStatsRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: types.v1.GetProfileStatsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetProfileStatsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetProfileStatsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetProfileStatsRequest {

            /** Properties of a GetProfileStatsRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetProfileStatsRequest. */
            type $Shape = types.v1.GetProfileStatsRequest.$Properties;
        }

        /**
         * Properties of a GetProfileStatsResponse.
         * @deprecated Use types.v1.GetProfileStatsResponse.$Properties instead.
         */
        interface IGetProfileStatsResponse extends types.v1.GetProfileStatsResponse.$Properties {
        }

        /** Represents a GetProfileStatsResponse. */
        class GetProfileStatsResponse {

            /**
             * Constructs a new GetProfileStatsResponse.
             * @param [p] Properties to set
             */
            constructor(p?: types.v1.GetProfileStatsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetProfileStatsResponse dataIngested. */
            dataIngested: boolean;

            /** GetProfileStatsResponse oldestProfileTime. */
            oldestProfileTime: (number|Long);

            /** GetProfileStatsResponse newestProfileTime. */
            newestProfileTime: (number|Long);

            /**
             * Creates a new GetProfileStatsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetProfileStatsResponse instance
             */
            static create(properties: types.v1.GetProfileStatsResponse.$Shape): types.v1.GetProfileStatsResponse & types.v1.GetProfileStatsResponse.$Shape;
            static create(properties?: types.v1.GetProfileStatsResponse.$Properties): types.v1.GetProfileStatsResponse;

            /**
             * Encodes the specified GetProfileStatsResponse message. Does not implicitly {@link types.v1.GetProfileStatsResponse.verify|verify} messages.
             * @param m GetProfileStatsResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: types.v1.GetProfileStatsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetProfileStatsResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {types.v1.GetProfileStatsResponse & types.v1.GetProfileStatsResponse.$Shape} GetProfileStatsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): types.v1.GetProfileStatsResponse & types.v1.GetProfileStatsResponse.$Shape;

            /**
             * Creates a GetProfileStatsResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns GetProfileStatsResponse
             */
            static fromObject(d: { [k: string]: any }): types.v1.GetProfileStatsResponse;

            /**
             * Creates a plain object from a GetProfileStatsResponse message. Also converts values to other types if specified.
             * @param m GetProfileStatsResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: types.v1.GetProfileStatsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetProfileStatsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetProfileStatsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetProfileStatsResponse {

            /** Properties of a GetProfileStatsResponse. */
            interface $Properties {

                /** GetProfileStatsResponse dataIngested */
                dataIngested?: (boolean|null);

                /** GetProfileStatsResponse oldestProfileTime */
                oldestProfileTime?: (number|Long|null);

                /** GetProfileStatsResponse newestProfileTime */
                newestProfileTime?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetProfileStatsResponse. */
            type $Shape = types.v1.GetProfileStatsResponse.$Properties;
        }
    }
}
