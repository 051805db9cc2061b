/**
 * The order Microsoft documents for a task pane add-in's manifest ("How to find the proper order of
 * manifest elements", learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering, which
 * restates the xs:sequence of the XSDs): for each parent, its possible children in the order they must
 * appear. Keys are the parent's path of local names, matched on the longest suffix, because the same
 * name means different things in different places (a base-manifest Host has no children, a
 * VersionOverrides Host has form factors).
 */
export const CHILD_ORDER: Record<string, readonly string[]> = {
  OfficeApp: [
    "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
    "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
    "Dictionary", "VersionOverrides", "ExtendedOverrides",
  ],
  "OfficeApp/DisplayName": ["Override"],
  "OfficeApp/Description": ["Override"],
  "OfficeApp/IconUrl": ["Override"],
  "OfficeApp/HighResolutionIconUrl": ["Override"],
  "OfficeApp/SupportUrl": ["Override"],
  "OfficeApp/AppDomains": ["AppDomain"],
  "OfficeApp/Hosts": ["Host"],
  "OfficeApp/Hosts/Host": [],
  Requirements: ["Sets", "Methods"],
  "Requirements/Sets": ["Set"],
  "Requirements/Methods": ["Method"],
  "OfficeApp/DefaultSettings": ["SourceLocation"],
  "DefaultSettings/SourceLocation": ["Override"],

  "OfficeApp/VersionOverrides": ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins"],
  "VersionOverrides/Hosts": ["Host"],
  "VersionOverrides/Hosts/Host": ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  ExtensionPoint: ["OfficeTab", "CustomTab", "OfficeMenu"],
  OfficeTab: ["Group"],
  Group: ["Label", "Icon", "Control"],
  Icon: ["Image"],
  Control: ["Label", "Supertip", "Icon", "Action", "Enabled", "Items"],
  Supertip: ["Title", "Description"],
  Action: ["TaskpaneId", "SourceLocation", "Title", "FunctionName"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
  "Resources/Images": ["Image"],
  "Resources/Urls": ["Url"],
  "Resources/ShortStrings": ["String"],
  "Resources/LongStrings": ["String"],
  "Images/Image": ["Override"],
  "Urls/Url": ["Override"],
  "ShortStrings/String": ["Override"],
  "LongStrings/String": ["Override"],
};

/** The rule for an element at `path`: the key that is the longest suffix of it, if any. */
export function orderFor(path: string): readonly string[] | undefined {
  const parts = path.split("/");
  for (let i = 0; i < parts.length; i++) {
    const rule = CHILD_ORDER[parts.slice(i).join("/")];
    if (rule) return rule;
  }
  return undefined;
}

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  basicTypes: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/** Elements under VersionOverrides that belong to the basic-types (`bt:`) namespace. */
export const BASIC_TYPE_ELEMENTS = new Set(["Images", "Image", "Urls", "Url", "ShortStrings", "LongStrings", "String", "Override"]);
