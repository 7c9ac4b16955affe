# expect-exit: 130
def main():
    print("working")
    raise KeyboardInterrupt

if __name__ == "__main__":
    main()
