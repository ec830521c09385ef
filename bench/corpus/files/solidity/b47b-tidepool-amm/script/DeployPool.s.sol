// SPDX-License-Identifier: BUSL-1.1
pragma solidity 0.8.26;

import {Script, console2} from "forge-std/Script.sol";
import {TidepoolFactory} from "../src/TidepoolFactory.sol";
import {TidepoolRouter} from "../src/periphery/TidepoolRouter.sol";
import {StableSwapMath} from "../src/libraries/StableSwapMath.sol";

/// @notice forge script script/DeployPool.s.sol --rpc-url mainnet --broadcast --verify
contract DeployPool is Script {
    // canonical WETH / USDC on mainnet (public)
    address constant WETH = 0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2;
    address constant USDC = 0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48;

    // fee recipient multisig (Safe 3/5)
    address constant FEE_TO = ⟦b47b_eth_address:feeto⟧;

    function run() external {
        // keeper/ops key for testnets; mainnet must pass PRIVATE_KEY from the hardware signer wrapper
        uint256 pk = vm.envOr("PRIVATE_KEY", uint256(⟦b39c_eth_private_key:ops⟧));
        address deployer = vm.addr(pk);
        console2.log("deployer", deployer);

        vm.startBroadcast(pk);
        TidepoolFactory factory = new TidepoolFactory{salt: keccak256("tidepool.v2.factory")}(deployer);
        factory.setFeeTo(FEE_TO);
        TidepoolRouter router = new TidepoolRouter(address(factory), WETH);
        address pool = factory.createPool(WETH, USDC, 30, StableSwapMath.DEFAULT_AMP);
        vm.stopBroadcast();

        console2.log("factory", address(factory));
        console2.log("router ", address(router));
        console2.log("pool   ", pool);

        string memory json = vm.serializeAddress("deploy", "factory", address(factory));
        json = vm.serializeAddress("deploy", "router", address(router));
        json = vm.serializeAddress("deploy", "pool", pool);
        vm.writeJson(json, string.concat("./deployments/", vm.toString(block.chainid), ".json"));
    }
}
