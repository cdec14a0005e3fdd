package vlib
