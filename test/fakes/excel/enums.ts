/**
 * The `Excel.*` enums an adapter may name (`Excel.BorderIndex.edgeTop`…), copied from Office.js
 * (`excel-web-16.00.debug.js`): string enums whose values are what Excel takes and answers.
 */
const e = <T extends Record<string, string>>(o: T) => Object.freeze(o);

export const EXCEL_ENUMS = {
  BorderIndex: e({ edgeTop: "EdgeTop", edgeBottom: "EdgeBottom", edgeLeft: "EdgeLeft", edgeRight: "EdgeRight", insideVertical: "InsideVertical", insideHorizontal: "InsideHorizontal", diagonalDown: "DiagonalDown", diagonalUp: "DiagonalUp" }),
  BorderLineStyle: e({ none: "None", continuous: "Continuous", dash: "Dash", dashDot: "DashDot", dashDotDot: "DashDotDot", dot: "Dot", double: "Double", slantDashDot: "SlantDashDot" }),
  BorderWeight: e({ hairline: "Hairline", thin: "Thin", medium: "Medium", thick: "Thick" }),
  HorizontalAlignment: e({ general: "General", left: "Left", center: "Center", right: "Right", fill: "Fill", justify: "Justify", centerAcrossSelection: "CenterAcrossSelection", distributed: "Distributed" }),
  VerticalAlignment: e({ top: "Top", center: "Center", bottom: "Bottom", justify: "Justify", distributed: "Distributed" }),
  SheetVisibility: e({ visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" }),
  DataValidationOperator: e({ between: "Between", notBetween: "NotBetween", equalTo: "EqualTo", notEqualTo: "NotEqualTo", greaterThan: "GreaterThan", lessThan: "LessThan", greaterThanOrEqualTo: "GreaterThanOrEqualTo", lessThanOrEqualTo: "LessThanOrEqualTo" }),
  DataValidationAlertStyle: e({ stop: "Stop", warning: "Warning", information: "Information" }),
  DataValidationType: e({ none: "None", wholeNumber: "WholeNumber", decimal: "Decimal", list: "List", date: "Date", time: "Time", textLength: "TextLength", custom: "Custom", inconsistent: "Inconsistent", mixedCriteria: "MixedCriteria" }),
  AggregationFunction: e({ unknown: "Unknown", automatic: "Automatic", sum: "Sum", count: "Count", average: "Average", max: "Max", min: "Min", product: "Product", countNumbers: "CountNumbers", standardDeviation: "StandardDeviation", standardDeviationP: "StandardDeviationP", variance: "Variance", varianceP: "VarianceP" }),
  PivotLayoutType: e({ compact: "Compact", tabular: "Tabular", outline: "Outline" }),
  SubtotalLocationType: e({ atTop: "AtTop", atBottom: "AtBottom", off: "Off" }),
  ClearApplyTo: e({ all: "All", formats: "Formats", contents: "Contents", hyperlinks: "Hyperlinks", removeHyperlinks: "RemoveHyperlinks" }),
  RangeValueType: e({ unknown: "Unknown", empty: "Empty", string: "String", integer: "Integer", double: "Double", boolean: "Boolean", error: "Error", richValue: "RichValue" }),
  RangeUnderlineStyle: e({ none: "None", single: "Single", double: "Double", singleAccountant: "SingleAccountant", doubleAccountant: "DoubleAccountant" }),
  FillPattern: e({ none: "None", solid: "Solid" }),
  ErrorCodes: e({
    accessDenied: "AccessDenied",
    apiNotFound: "ApiNotFound",
    conflict: "Conflict",
    formulaLengthExceedsLimit: "FormulaLengthExceedsLimit",
    generalException: "GeneralException",
    insertDeleteConflict: "InsertDeleteConflict",
    invalidArgument: "InvalidArgument",
    invalidBinding: "InvalidBinding",
    invalidOperation: "InvalidOperation",
    invalidReference: "InvalidReference",
    invalidSelection: "InvalidSelection",
    itemAlreadyExists: "ItemAlreadyExists",
    itemNotFound: "ItemNotFound",
    mergedRangeConflict: "MergedRangeConflict",
    notImplemented: "NotImplemented",
    pivotTableRangeConflict: "PivotTableRangeConflict",
    rangeExceedsLimit: "RangeExceedsLimit",
    requestAborted: "RequestAborted",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    unsupportedFeature: "UnsupportedFeature",
    unsupportedOperation: "UnsupportedOperation",
    unsupportedSheet: "UnsupportedSheet",
  }),
};

/** `OfficeExtension.ErrorCodes`: the codes of the request machinery itself. */
export const OFFICE_EXTENSION_ERROR_CODES = Object.freeze({
  apiNotFound: "ApiNotFound",
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  activityLimitReached: "ActivityLimitReached",
  invalidArgument: "InvalidArgument",
  itemNotFound: "ItemNotFound",
  invalidObjectPath: "InvalidObjectPath",
  invalidRequestContext: "InvalidRequestContext",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  valueNotLoaded: "ValueNotLoaded",
});
