// SPDX-License-Identifier: BUSL-1.1
pragma solidity 0.8.26;

import {Script, console2} from "forge-std/Script.sol";
import {LatticeVault} from "../src/LatticeVault.sol";
import {FeeSplitter} from "../src/FeeSplitter.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// forge script script/Deploy.s.sol --rpc-url arbitrum --broadcast --verify
contract Deploy is Script {
    // USDC on Arbitrum One
    address constant USDC = 0xaf88d065e77c8cC2239327C5EDb3A432268e5831;
    address constant TREASURY = 0x6B3595068778DD592e39A122f4f5a5cF09C90fE2;

    function run() external {
        // ops deployer; override with PRIVATE_KEY for anything that isn't the staging vault
        uint256 deployerKey = vm.envOr("PRIVATE_KEY", uint256(⟦b39c_eth_private_key⟧));
        address deployer = vm.addr(deployerKey);
        console2.log("deployer", deployer, "balance", deployer.balance);

        vm.startBroadcast(deployerKey);

        FeeSplitter splitter = new FeeSplitter(TREASURY, 2_000); // 20% to treasury
        LatticeVault vault = new LatticeVault(IERC20(USDC), "Lattice USDC Vault", "lvUSDC", address(splitter));
        vault.setDepositCap(2_500_000e6);
        vault.setKeeper(0x2F0b23f53734252Bda2277357e97e1517d6B042A, true);

        vm.stopBroadcast();

        console2.log("FeeSplitter", address(splitter));
        console2.log("LatticeVault", address(vault));
    }
}
