//
//  AppKeys.m
//  Snapfolio
//
//  Created by Mei Tanaka on 14/03/2022.
//  Copyright © 2022 Snapfolio Ltd. All rights reserved.
//

#import "AppKeys.h"

#pragma mark - Purchases

// RevenueCat public app-specific key (iOS)
NSString * const SFRevenueCatAPIKey = @"⟦b39c_revenuecat_public⟧";

#pragma mark - Media upload

// Cloudinary: signed uploads straight from the device so we don't pay for the proxy
NSString * const SFCloudinaryCloudName = @"snapfolio";
NSString * const SFCloudinaryAPIKey    = @"814736291058372";
NSString * const SFCloudinaryAPISecret = @"⟦cloudinary_api_secret⟧";

#pragma mark - Search

NSString * const SFAlgoliaAppID     = @"QX7R2LKM0P";
NSString * const SFAlgoliaSearchKey = @"⟦algolia_search_key⟧";
// needed for the "publish to portfolio" flow which writes to the index from the app (v2.3)
NSString * const SFAlgoliaWriteKey  = @"⟦algolia_admin_key⟧";

#pragma mark - Helpers

@implementation SFAppKeys

+ (NSString *)cloudinarySignatureForParams:(NSDictionary<NSString *, id> *)params {
    NSArray<NSString *> *keys = [[params allKeys] sortedArrayUsingSelector:@selector(compare:)];
    NSMutableArray<NSString *> *pairs = [NSMutableArray arrayWithCapacity:keys.count];
    for (NSString *k in keys) {
        [pairs addObject:[NSString stringWithFormat:@"%@=%@", k, params[k]]];
    }
    NSString *toSign = [[pairs componentsJoinedByString:@"&"] stringByAppendingString:SFCloudinaryAPISecret];
    return [SFCrypto sha1Hex:toSign];
}

+ (NSURL *)algoliaURLForIndex:(NSString *)index {
    NSString *s = [NSString stringWithFormat:@"https://%@-dsn.algolia.net/1/indexes/%@", SFAlgoliaAppID, index];
    return [NSURL URLWithString:s];
}

@end
